package com.trustproof;
public final class Launcher { public static void main(String[] a) { } }

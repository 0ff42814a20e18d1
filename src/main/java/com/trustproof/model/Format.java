package com.trustproof.model;

/** Campaign body format. */
public enum Format { TEXT, HTML }

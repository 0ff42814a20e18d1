package com.trustproof.ui;

/** A message for the reviewer (shown in the notification bar). seq makes repeats distinct. */
public record Notice(String text, Kind kind, long seq) {
    public enum Kind { INFO, PROBLEM }
}

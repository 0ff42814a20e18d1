package com.trustproof.model;

import java.time.Instant;

/** A reviewer's decision on one recipient, bound to the hash of the message it was made on. */
public record Decision(long recipientId, DecisionStatus status, String note, Instant decidedAt, String messageHash) {}

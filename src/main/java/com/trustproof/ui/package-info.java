/**
 * The Trustproof window.
 *
 * <p>Layers: views ({@code *Pane}, {@code *View}, {@link com.trustproof.ui.ReviewWindow}) bind to
 * view models ({@code *ViewModel}) that hold state in read-only properties and talk to the review
 * through {@link com.trustproof.ui.ReviewService} (the real one wraps
 * {@link com.trustproof.app.ReviewSession}). Every review call runs through
 * {@link com.trustproof.ui.Jobs} on one worker thread and is applied on the FX thread; a
 * {@code Generation} ticket drops results that a newer request has overtaken. With same-thread
 * executors the view models run in plain JUnit tests without a toolkit.
 *
 * <p>The recipient list never holds the whole list: {@link com.trustproof.ui.PagedRecipientList}
 * knows the count and keeps a few pages of 200 rows, fetched when the table asks for them.
 */
package com.trustproof.ui;

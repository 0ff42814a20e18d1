package com.trustproof.app;

import com.trustproof.model.Decision;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.render.Rendering;

import java.util.List;
import java.util.Map;

/**
 * Everything the preview and persona panes show for one recipient. {@code headers} maps the
 * canonical attribute names to the list's original column headers (for display).
 * {@code resetReason} says why an earlier decision went back to pending (null if none).
 */
public record RecipientDetail(Recipient recipient, Rendering rendering, List<Finding> findings, int score,
                              Decision decision, String resetReason, Map<String, String> headers) {}

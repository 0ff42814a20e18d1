package com.trustproof.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A horizontal bar chart as inline SVG markup, largest bar first. Labels are escaped. */
final class SvgBarChart {
    static final int MAX_BARS = 20;
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 400;
    private static final int ROW = 26;
    private static final int MAX_LABEL = 34;

    private SvgBarChart() {}

    /** Sorted by count (descending), then name. */
    static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    static String render(String caption, Map<String, Long> counts) {
        List<Map.Entry<String, Long>> all = sorted(counts);
        List<Map.Entry<String, Long>> bars = all.subList(0, Math.min(MAX_BARS, all.size()));
        long max = bars.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder(512 + bars.size() * 320);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-label=\"").append(Html.escape(caption)).append("\">");
        svg.append("<title>").append(Html.escape(caption)).append("</title>");
        if (bars.isEmpty()) {
            svg.append("<text x=\"0\" y=\"18\" class=\"empty\">Nothing to show</text>");
        }
        int y = 4;
        for (Map.Entry<String, Long> bar : bars) {
            int length = max == 0 ? 0 : (int) Math.max(1, Math.round((double) bar.getValue() / max * BAR_AREA));
            String label = bar.getKey() == null ? "" : bar.getKey();
            svg.append("<g><title>").append(Html.escape(label)).append(": ")
                    .append(number(bar.getValue())).append("</title>")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(Html.escape(shorten(label))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(length).append("\" height=\"").append(ROW - 8)
                    .append("\" rx=\"3\" fill=\"#c2410c\"/>")
                    .append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 17)
                    .append("\">").append(number(bar.getValue())).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) return label;
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }
}

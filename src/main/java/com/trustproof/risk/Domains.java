package com.trustproof.risk;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Host names and registrable domains, for comparing a link's text with where it goes. */
final class Domains {
    /**
     * Second-level labels under which registrations happen (co.uk, com.au, ...). A short built-in
     * subset of the public suffix list: enough to compare two hosts, not to police the web.
     */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gv", "ltd", "plc");

    private Domains() {}

    /** The host a link text shows ("www.acme.com/sale" → "www.acme.com"), or null when it is not a URL. */
    static String hostInText(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.indexOf(' ') >= 0) return null;
        if (t.startsWith("https://")) t = t.substring(8);
        else if (t.startsWith("http://")) t = t.substring(7);
        int cut = t.length();
        for (char c : new char[]{'/', '?', '#', ':'}) {
            int at = t.indexOf(c);
            if (at >= 0 && at < cut) cut = at;
        }
        String host = t.substring(0, cut);
        while (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        return looksLikeHost(host) ? host : null;
    }

    /** Host of an href, or null for mailto:, tel:, anchors and unparsable links. */
    static String hostOfHref(String href) {
        String h = href.strip();
        if (h.startsWith("//")) h = "https:" + h;
        try {
            URI uri = new URI(h);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return null;
            String host = uri.getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** "shop.acme.co.uk" → "acme.co.uk"; "www.acme.com" → "acme.com". */
    static String registrable(String host) {
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) return host;
        boolean nested = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
        int keep = nested ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
    }

    /** Letters, digits and hyphens in two or more labels, ending in a letter-only TLD. */
    private static boolean looksLikeHost(String host) {
        int dot = host.lastIndexOf('.');
        if (dot <= 0 || dot == host.length() - 1) return false;
        String tld = host.substring(dot + 1);
        if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) return false;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.')) return false;
            if (c == '.' && i > 0 && host.charAt(i - 1) == '.') return false;
        }
        return true;
    }
}

package com.trustproof.model;

import java.util.Locale;
import java.util.Map;

/**
 * One spelling for every field name. Mailing tools call the same column "FNAME", "First Name",
 * "FirstName" or "contact.firstname"; templates and imports both go through {@link #canonical}.
 * Known fields get their PRODUCT.md name (first_name, last_name, email, segment, consent,
 * last_active); every other name becomes lower case without spaces, '_' and '-'.
 */
public final class FieldNames {
    public static final String EMAIL = "email";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String SEGMENT = "segment";
    public static final String CONSENT = "consent";
    public static final String LAST_ACTIVE = "last_active";

    private static final String[] PREFIXES = {"contact.", "subscriber.", "lead.", "customer.", "person.", "user.", "recipient."};

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("email", EMAIL), Map.entry("emailaddress", EMAIL), Map.entry("mail", EMAIL),
            Map.entry("e-mail", EMAIL), Map.entry("subscriberkey", EMAIL),
            Map.entry("emailaddr", EMAIL), // Salesforce's %%emailaddr%%
            Map.entry("firstname", FIRST_NAME), Map.entry("fname", FIRST_NAME), Map.entry("givenname", FIRST_NAME),
            Map.entry("forename", FIRST_NAME),
            Map.entry("lastname", LAST_NAME), Map.entry("lname", LAST_NAME), Map.entry("surname", LAST_NAME),
            Map.entry("familyname", LAST_NAME),
            Map.entry("segment", SEGMENT), Map.entry("segments", SEGMENT), Map.entry("tags", SEGMENT),
            Map.entry("tag", SEGMENT), Map.entry("lists", SEGMENT), Map.entry("list", SEGMENT),
            Map.entry("audience", SEGMENT), Map.entry("listmemberships", SEGMENT),
            Map.entry("consent", CONSENT), Map.entry("status", CONSENT), Map.entry("subscriptionstatus", CONSENT),
            Map.entry("emailconsent", CONSENT), Map.entry("marketingemailstatus", CONSENT),
            Map.entry("subscriberstatus", CONSENT), Map.entry("optin", CONSENT),
            Map.entry("marketingcontactstatus", CONSENT), Map.entry("emailsubscriptionstatus", CONSENT),
            Map.entry("lastengagementdate", LAST_ACTIVE), Map.entry("lastactivedate", LAST_ACTIVE),
            Map.entry("lastactive", LAST_ACTIVE), Map.entry("lastactivity", LAST_ACTIVE),
            Map.entry("lastactivitydate", LAST_ACTIVE), Map.entry("lastseen", LAST_ACTIVE),
            Map.entry("lastengaged", LAST_ACTIVE), Map.entry("lastopen", LAST_ACTIVE));

    private FieldNames() {}

    public static String canonical(String raw) {
        if (raw == null) return "";
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("\uFEFF")) name = name.substring(1);
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) { name = name.substring(prefix.length()); break; }
        }
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\t') key.append(c);
        }
        String compact = key.toString();
        return ALIASES.getOrDefault(compact, compact);
    }

    /** True when the canonical name is a name field (first or last). */
    public static boolean isName(String canonical) {
        return FIRST_NAME.equals(canonical) || LAST_NAME.equals(canonical);
    }
}

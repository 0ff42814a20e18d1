package com.trustproof.render;

import com.trustproof.model.FieldNames;

import java.util.Locale;
import java.util.Set;

/**
 * Merge tags that the mailing tool itself fills at send time: unsubscribe and preference links,
 * web-view links, the sender's postal address, dates. They are not recipient data, so they are
 * not tokens: rendering keeps them verbatim, which is also what the exported CSV must carry back
 * into the tool ({@code *|UNSUB|*}, {@code %%unsub_center_url%%}, {@code {% unsubscribe %}}...).
 */
public final class PlatformTags {
    /** Canonical names ({@link FieldNames#canonical}) of the tools' own tags. */
    private static final Set<String> NAMES = Set.of(
            // Mailchimp
            "unsub", "archive", "archivelinkshort", "updateprofile", "forward", "rewards", "rewardstext",
            "currentyear", "mcpreviewtext", "aboutlist", "listaddress", "listaddresshtml", "listaddresslinetext",
            "emailwebversionurl", "unsuburl",
            // Salesforce Marketing Cloud
            "viewemailurl", "unsubcenterurl", "profilecenterurl", "subscriptioncenterurl", "ftafurl",
            "memberbusname", "memberaddr", "membercity", "memberstate", "memberpostalcode", "membercountry",
            "emailname", "jobid", "xtmonth", "xtday", "xtyear", "xtlongdate", "xtshortdate", "xtdayofweek",
            // Iterable, HubSpot, Braze, Klaviyo
            "unsubscribeurl", "unsubscribemessagetypeurl", "hostedunsubscribeurl", "viewinbrowserurl",
            "unsubscribelink", "unsubscribelinkall", "unsubscribesection", "viewaspageurl",
            "setusertounsubscribedurl", "setusertosubscribedurl", "setusertooptedinurl",
            "unsubscribe", "managepreferences", "managepreferencesurl", "webview", "webviewurl");

    /** Prefixes of whole families of tool tags (Mailchimp LIST:, MC:, DATE:; Klaviyo organization). */
    private static final String[] PREFIXES = {"list:", "mc:", "date:", "organization.", "sitesettings."};

    private PlatformTags() {}

    /** True when a tag's field name (any spelling, e.g. "UNSUB", "LIST:COMPANY") is the tool's own. */
    public static boolean isPlatformField(String name) {
        String canonical = FieldNames.canonical(name);
        if (NAMES.contains(canonical)) return true;
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix) || canonical.startsWith(prefix)) return true;
        }
        return false;
    }
}

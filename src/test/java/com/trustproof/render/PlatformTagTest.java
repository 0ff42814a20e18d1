package com.trustproof.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** The mailing tool's own tags are kept verbatim for it to fill, and are not recipient tokens. */
class PlatformTagTest {

    @ParameterizedTest
    @ValueSource(strings = {"*|UNSUB|*", "*|LIST:COMPANY|*", "*|MC:SUBJECT|*", "*|DATE:Y|*", "*|ARCHIVE|*",
            "%%unsub_center_url%%", "%%view_email_url%%", "{{unsubscribeUrl}}", "{{ unsubscribe_link }}",
            "{{${set_user_to_unsubscribed_url}}}", "{% unsubscribe %}", "{% manage_preferences %}",
            "{{ organization.name }}", "{% web_view %}"})
    void platformTagsStayVerbatim(String tag) {
        String template = "Hi {{first_name}}. " + tag + " bye";
        CompiledCampaign campaign = compileBody(template);
        assertEquals("Hi Ann. " + tag + " bye", campaign.render(recipient("first_name", "Ann")).body().text());
        assertTrue(campaign.problems().isEmpty(), () -> campaign.problems().toString());
        assertEquals(1, campaign.tokens().size());
        assertTrue(PlatformTags.isPlatformField(tag.replaceAll("[*|%{}$ ]", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FNAME", "first_name", "city", "email"})
    void recipientFieldsAreNotPlatformTags(String field) {
        assertFalse(PlatformTags.isPlatformField(field));
    }
}

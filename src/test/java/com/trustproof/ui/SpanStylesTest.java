package com.trustproof.ui;

import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanStylesTest {
    @Test
    void overlappingRangesBecomeFlatRunsWithBothClasses() {
        var spans = SpanStyles.build(10, List.of(new SpanStyles.Styled(2, 6, "risk-high"), new SpanStyles.Styled(4, 8, "tok-value")));
        List<String> runs = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) runs.add(span.getLength() + ":" + String.join("+", span.getStyle()));
        assertEquals(List.of("2:", "2:risk-high", "2:risk-high+tok-value", "2:tok-value", "2:"), runs);
    }
}

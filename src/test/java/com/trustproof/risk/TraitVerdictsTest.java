package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Recipient;
import com.trustproof.model.Row;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pass's kept verdicts (by question, by cell, the last cell asked) read as {@link Traits#check}
 * of each recipient afresh, whatever the assumption's spelling of its attribute and however the
 * recipient's row holds its cells.
 */
class TraitVerdictsTest {
    private static final String[] INTERESTS = {"running", "hiking;running", "golf", "", " ", null, "Running ; golf", "climbing"};
    private static final String[] SEGMENT = {"trail-runners", "Trail Runners", "hikers", "", null};

    @Test
    void keptVerdictsReadAsFreshOnes() {
        List<Assumption> assumptions = List.of(
                new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "r"),
                new Assumption("Interests", Assumption.Match.CONTAINS, List.of("golf"), "spelled as a list header"),
                new Assumption("segment", Assumption.Match.IN, List.of("trail-runners", "hikers"), "s"));
        LexiconEntry entry = new LexiconEntry();
        entry.trait = "a runner";
        entry.attributes = List.of("Interests", "segment");
        entry.values = List.of("running", "trail-runners");
        Traits.Trait trait = Traits.Trait.of(entry);
        LexiconEntry single = new LexiconEntry();
        single.trait = "a golfer";
        single.attributes = List.of("INTERESTS");
        single.values = List.of("golf");
        Traits.Trait oneCell = Traits.Trait.of(single);

        TraitVerdicts kept = new TraitVerdicts();
        Random random = new Random(5);
        Row.Columns columns = new Row.Columns(List.of("email", "segment", "interests"));
        for (int id = 0; id < 3000; id++) {
            // equal cells as the same string and as other strings, as rows read from a file hold them
            String interests = pick(random, INTERESTS), segment = pick(random, SEGMENT);
            if (random.nextBoolean() && interests != null) interests = new String(interests);
            List<String> cells = new ArrayList<>(Arrays.asList("r" + id + "@example.com", segment, interests));
            Recipient recipient = new Recipient(id, "r" + id + "@example.com", new Row(columns, cells));
            for (Assumption assumption : assumptions) {
                assertEquals(Traits.check(recipient, assumption), kept.check(recipient, assumption), assumption + " " + cells);
            }
            assertEquals(Traits.check(recipient, trait), kept.check(recipient, trait), cells::toString);
            assertEquals(Traits.check(recipient, oneCell), kept.check(recipient, oneCell), cells::toString);
        }
    }

    private static String pick(Random random, String[] pool) { return pool[random.nextInt(pool.length)]; }
}

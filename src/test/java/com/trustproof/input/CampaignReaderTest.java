package com.trustproof.input;

import com.trustproof.TestFiles;
import com.trustproof.app.InputException;
import com.trustproof.app.input.CampaignReader;
import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDemoCampaign() {
        Campaign campaign = CampaignReader.read(TestFiles.DEMO_CAMPAIGN);
        assertEquals("Spring trail launch", campaign.name());
        assertEquals(Format.TEXT, campaign.format());
        assertTrue(campaign.body().contains("{{first_name}}"));
        assertEquals(Assumption.Match.CONTAINS, campaign.assumes().get(0).match());
        assertEquals("running", campaign.assumes().get(0).values().get(0));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        Path file = TestFiles.write(dir, "c.json", "{\n  \"name\": \"x\",\n  \"body\": \"Hi\"\n  \"subject\": \"y\"\n}");
        InputException error = assertThrows(InputException.class, () -> CampaignReader.read(file));
        assertEquals(4, error.line());
        assertTrue(error.column() > 0);
        assertTrue(error.getMessage().startsWith(file + ":4:"), error.getMessage());
    }

    @Test
    void wrongFormatPointsAtTheValue() {
        Path file = TestFiles.write(dir, "c.json", "{\"body\": \"Hi\",\n \"format\": \"pdf\"}");
        InputException error = assertThrows(InputException.class, () -> CampaignReader.read(file));
        assertEquals(2, error.line());
        assertEquals(12, error.column());
        assertTrue(error.getMessage().contains("\"text\" or \"html\""));
    }

    @Test
    void assumptionNeedsExactlyOneOperator() {
        Path file = TestFiles.write(dir, "c.json", "{\"body\": \"Hi\", \"assumes\": [{\"attribute\": \"x\", \"equals\": \"a\", \"in\": [\"b\"]}]}");
        InputException error = assertThrows(InputException.class, () -> CampaignReader.read(file));
        assertTrue(error.getMessage().contains("exactly one of"), error.getMessage());
    }

    @Test
    void inTakesAList() {
        Path file = TestFiles.write(dir, "c.json", "{\"body\": \"Hi\", \"assumes\": [{\"attribute\": \"plan\", \"in\": [\"pro\", \"team\"]}]}");
        Campaign campaign = CampaignReader.read(file);
        assertEquals(java.util.List.of("pro", "team"), campaign.assumes().get(0).values());
    }

    @Test
    void missingFileAndArrayRootAreInputErrors() {
        assertThrows(InputException.class, () -> CampaignReader.read(dir.resolve("absent.json")));
        Path file = TestFiles.write(dir, "c.json", "[1, 2]");
        InputException error = assertThrows(InputException.class, () -> CampaignReader.read(file));
        assertEquals(1, error.line());
    }
}

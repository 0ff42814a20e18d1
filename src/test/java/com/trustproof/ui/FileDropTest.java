package com.trustproof.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileDropTest {
    @TempDir
    Path dir;
    private final List<Path[]> imports = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final WindowHost host = new WindowHost() {
        @Override public void openReview(Path reviewFile) {}
        @Override public void importReview(Path campaign, Path recipients, Path review) { imports.add(new Path[]{campaign, recipients, review}); }
        @Override public void setDarkTheme(boolean dark) {}
    };

    @Test
    void aCampaignAndAListDroppedTogetherAreImportedNextToTheCampaign() throws IOException {
        Path list = Files.writeString(dir.resolve("people.json"), "[{\"email\":\"a@b.c\"}]");
        Path campaign = Files.writeString(dir.resolve("spring.json"), "{\"name\":\"x\",\"subject\":\"Hi\"}");
        assertTrue(new FileDrop(null, host, problems::add).dropped(List.of(list.toFile(), campaign.toFile())));
        assertEquals(campaign, imports.get(0)[0]);
        assertEquals(list, imports.get(0)[1]);
        assertEquals(dir.resolve("spring.trustproof"), imports.get(0)[2]);
    }

    @Test
    void aLonelyFileSaysWhatIsMissing() throws IOException {
        Path list = Files.writeString(dir.resolve("people.csv"), "email\na@b.c\n");
        assertFalse(new FileDrop(null, host, problems::add).dropped(List.of(list.toFile())));
        assertTrue(imports.isEmpty());
        assertTrue(problems.get(0).contains("campaign"));
    }
}

package com.trustproof.app;

import com.trustproof.TestFiles;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.risk.CampaignFinding;
import com.trustproof.risk.RiskEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Checking a review on several threads reports exactly what one thread reports, in the same order. */
class ParallelCheckTest {
    @TempDir
    Path dir;

    /** Everything a check reports, in the order it was reported. */
    private static final class Recording implements FindingSink {
        final List<String> recipients = new ArrayList<>();
        final List<List<Finding>> findings = new ArrayList<>();
        final List<CampaignFinding> campaign = new ArrayList<>();

        @Override
        public void recipient(Recipient recipient, List<Finding> found) {
            recipients.add(recipient.email());
            findings.add(found);
        }

        @Override
        public void campaign(List<CampaignFinding> found) { campaign.addAll(found); }
    }

    @Test
    void severalCheckersReportWhatOneReports() {
        try (ReviewSession session = ReviewSession.importFiles(dir.resolve("demo.trustproof"), TestFiles.DEMO_CAMPAIGN,
                TestFiles.DEMO_RECIPIENTS, RiskEngine.defaults(), false, Progress.NONE).session()) {
            Recording single = new Recording(), parallel = new Recording();
            long singleCount = session.checkAll(single, new OrderedPipeline(1, 1000));
            long parallelCount = session.checkAll(parallel, new OrderedPipeline(3, 5));   // small batches: many hand-overs
            assertEquals(singleCount, parallelCount);
            assertEquals(singleCount, single.recipients.size());
            assertEquals(single.recipients, parallel.recipients);
            assertEquals(single.findings, parallel.findings);
            assertEquals(single.campaign, parallel.campaign);
            assertFalse(single.campaign.isEmpty(), "the demo has campaign-wide findings to merge");
        }
    }
}

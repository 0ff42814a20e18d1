package com.trustproof.app;

import com.trustproof.app.input.CampaignReader;
import com.trustproof.app.input.ParsedRow;
import com.trustproof.app.input.RecipientSource;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.risk.RiskEngine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * Checks a campaign against a list straight from the files, without a review file: for
 * pipelines that gate a send. Streams, so memory stays flat however long the list is.
 */
public final class ListCheck {
    private ListCheck() {}

    /** Returns the number of recipients checked. Bad input throws {@link InputException}. */
    public static long run(Path campaignFile, Path recipientsFile, RiskEngine engine, FindingSink sink) {
        Campaign campaign = CampaignReader.read(campaignFile);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        try (RecipientSource source = RecipientSource.open(recipientsFile)) {
            List<String> columns = source.columns();
            int emailColumn = columns.indexOf(FieldNames.EMAIL);
            Checker checker = new Checker(compiled, () -> engine.begin(compiled, new HashSet<>(columns), LocalDate.now()));
            long count = 0;
            for (ParsedRow row; (row = source.next()) != null; ) {
                // the same row rules as import, so a list that checks clean also imports
                InputException problem = Importer.problemOf(recipientsFile, row, emailColumn);
                if (problem != null) throw problem;
                var recipient = Importer.recipient(++count, columns, row.cells());
                sink.recipient(recipient, checker.check(recipient).check().findings());
            }
            sink.campaign(checker.finishCampaign());
            return count;
        }
    }
}

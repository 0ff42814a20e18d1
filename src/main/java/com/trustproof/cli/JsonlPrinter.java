package com.trustproof.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import com.trustproof.risk.CampaignFinding;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One finding a line, exactly as PRODUCT.md specifies (a public interface: keep the keys and
 * their order): recipient, rule, severity, field, start, end, text, message, suggestion.
 */
final class JsonlPrinter implements CheckCommand.FindingPrinter {
    private final PrintWriter out;
    private final JsonGenerator json;
    private Severity worst;

    JsonlPrinter(PrintWriter out) {
        this.out = out;
        try {
            this.json = new JsonFactory().createGenerator(out);
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setRootValueSeparator(null); // one object a line: Jackson would start every line after the first with a space
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void recipient(Recipient recipient, List<Finding> findings) {
        for (Finding finding : findings) write(recipient.email(), finding);
    }

    @Override
    public void campaign(List<CampaignFinding> findings) {
        for (CampaignFinding finding : findings) write(null, finding.finding());
    }

    private void write(String recipient, Finding finding) {
        if (worst == null || finding.severity().atLeast(worst)) worst = finding.severity();
        try {
            json.writeStartObject();
            json.writeStringField("recipient", recipient);
            json.writeStringField("rule", finding.rule());
            json.writeStringField("severity", finding.severity().id());
            json.writeStringField("field", finding.field() == null ? null : finding.field().id());
            json.writeNumberField("start", finding.start());
            json.writeNumberField("end", finding.end());
            json.writeStringField("text", finding.text());
            json.writeStringField("message", finding.message());
            json.writeStringField("suggestion", finding.suggestion());
            json.writeEndObject();
            // into the generator's buffer: a flush per finding cost one write system call per line
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(long recipients) {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    @Override
    public Severity worst() { return worst; }
}

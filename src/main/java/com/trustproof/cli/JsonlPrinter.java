package com.trustproof.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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

    // the keys quoted and escaped once, not at each of a million findings
    private static final SerializedString RECIPIENT = new SerializedString("recipient"), RULE = new SerializedString("rule"),
            SEVERITY = new SerializedString("severity"), FIELD = new SerializedString("field"), START = new SerializedString("start"),
            END = new SerializedString("end"), TEXT = new SerializedString("text"), MESSAGE = new SerializedString("message"),
            SUGGESTION = new SerializedString("suggestion");

    private void string(SerializedString key, String value) throws IOException {
        json.writeFieldName(key);
        json.writeString(value);
    }

    private void write(String recipient, Finding finding) {
        if (worst == null || finding.severity().atLeast(worst)) worst = finding.severity();
        try {
            json.writeStartObject();
            string(RECIPIENT, recipient);
            string(RULE, finding.rule());
            string(SEVERITY, finding.severity().id());
            string(FIELD, finding.field() == null ? null : finding.field().id());
            json.writeFieldName(START);
            json.writeNumber(finding.start());
            json.writeFieldName(END);
            json.writeNumber(finding.end());
            string(TEXT, finding.text());
            string(MESSAGE, finding.message());
            string(SUGGESTION, finding.suggestion());
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

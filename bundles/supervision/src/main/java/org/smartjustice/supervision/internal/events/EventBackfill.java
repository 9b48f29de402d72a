package org.smartjustice.supervision.internal.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.jobs.Job;
import org.smartjustice.platform.api.jobs.JobProgress;
import org.smartjustice.platform.api.jobs.Jobs;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * A back-fill: a year of the host's events as NDJSON (one event a line, as {@code POST /events} takes
 * it), received to a file of this node and stored by a job in batches, each line reported. Idempotent
 * like every ingest: sending the file again stores nothing new. Lines need not be in order: a line
 * older than the stored version is acknowledged and ignored.
 */
@Component(service = EventBackfill.class)
public class EventBackfill {

    static final String KIND = "supervision.events.backfill";
    /** Lines one transaction stores. */
    static final int BATCH = 500;
    /** Rejected lines a report names one by one; the others are counted. */
    static final int MAX_REPORTED = 1000;

    @Reference
    private EventService service;

    @Reference
    private Jobs jobs;

    @Reference
    private TenantContext context;

    /** What a back-fill did: counts, and the rejected lines with their faults. */
    public record Report(long lines, long created, long updated, long ignored, long rejected, List<RejectedLine> rejectedLines,
                         boolean moreRejected) {
    }

    /** A line refused: its number (from 1), the event id when it had one, and each fault. */
    public record RejectedLine(long line, String eventId, List<FieldError> errors) {
    }

    /**
     * Takes the body to a file of this node and starts the job.
     *
     * @throws ProblemException 413 {@code payload-too-large} over {@code maxBytes}, 400 for an empty body
     */
    Job start(InputStream body, long maxBytes) {
        Path file = receive(body, maxBytes);
        long lines;
        try {
            lines = countLines(file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        if (lines == 0) {
            delete(file);
            throw ProblemException.invalidField("body", "请求体应为 NDJSON：每行一个网格事件的 JSON 对象");
        }
        String caller = "backfill:" + context.principal().subject();
        try {
            return jobs.start(KIND, lines, progress -> {
                try {
                    return run(file, caller, lines, progress);
                } finally {
                    delete(file);
                }
            });
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    Job find(String id) {
        return jobs.find(id).filter(j -> j.kind().equals(KIND)).orElseThrow(() -> ProblemException.notFound("补录任务", id));
    }

    private Report run(Path file, String caller, long units, JobProgress progress) throws IOException {
        Tally tally = new Tally();
        List<EventService.Incoming> batch = new ArrayList<>();
        long lineNo = 0;
        try (InputStream in = Files.newInputStream(file)) {
            Lines lines = new Lines(in);
            byte[] line;
            while ((line = lines.next()) != null) {
                lineNo++;
                EventService.Incoming incoming = parse(line, lineNo, caller + "/" + progress.jobId() + "#" + lineNo, tally);
                if (incoming != null) {
                    batch.add(incoming);
                }
                if (batch.size() == BATCH) {
                    tally.add(service.ingestBatch(batch, EventVersionEntity.Channel.BACKFILL));
                    batch.clear();
                    // Blank lines are not units of the job.
                    progress.done(Math.min(lineNo, units));
                }
            }
        }
        if (!batch.isEmpty()) {
            tally.add(service.ingestBatch(batch, EventVersionEntity.Channel.BACKFILL));
        }
        progress.done(units);
        return tally.report(lineNo);
    }

    /** One line checked: the event to store, or null (a blank line, or one rejected into the tally). */
    static EventService.Incoming parse(byte[] bytes, long lineNo, String from, Tally tally) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            tally.reject(lineNo, null, List.of(new FieldError("line", "不是有效的 UTF-8 文字")));
            return null;
        }
        if (text.isBlank()) {
            return null;
        }
        if (bytes.length > EventsResource.MAX_BODY) {
            tally.reject(lineNo, null, List.of(new FieldError("line", "一行至多 1 MiB")));
            return null;
        }
        Map<String, Object> data;
        try {
            data = EventsResource.parse(text);
        } catch (ProblemException e) {
            tally.reject(lineNo, null, e.errors());
            return null;
        }
        List<FieldError> errors = new ArrayList<>();
        EventRules.Checked c = EventRules.check(data, null, GridCategories.national(), errors);
        if (c == null) {
            Object id = data.get("eventId");
            tally.reject(lineNo, id instanceof String s && EventRules.CODE.matcher(s).matches() ? s : null, errors);
            return null;
        }
        return new EventService.Incoming(c, text.strip(), from);
    }

    /** The counts of a back-fill as it goes. */
    static final class Tally {
        long created;
        long updated;
        long ignored;
        long rejected;
        final List<RejectedLine> lines = new ArrayList<>();

        void reject(long line, String eventId, List<FieldError> errors) {
            rejected++;
            if (lines.size() < MAX_REPORTED) {
                lines.add(new RejectedLine(line, eventId, errors));
            }
        }

        void add(List<EventService.Outcome> outcomes) {
            for (EventService.Outcome o : outcomes) {
                switch (o) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case IGNORED -> ignored++;
                }
            }
        }

        Report report(long lineCount) {
            return new Report(lineCount, created, updated, ignored, rejected, List.copyOf(lines), rejected > lines.size());
        }
    }

    /** Reads lines of bytes from a stream through a buffer of its own. */
    static final class Lines {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int len;

        Lines(InputStream in) {
            this.in = in;
        }

        /** The next line without its end ({@code \n} or {@code \r\n}), or null at the end. */
        byte[] next() throws IOException {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(1024);
            boolean any = false;
            while (true) {
                if (pos == len) {
                    len = in.read(buffer);
                    pos = 0;
                    if (len <= 0) {
                        len = 0;
                        break;
                    }
                }
                any = true;
                int end = pos;
                while (end < len && buffer[end] != '\n') {
                    end++;
                }
                keep(line, end - pos);
                boolean found = end < len;
                pos = found ? end + 1 : end;
                if (found) {
                    break;
                }
            }
            if (!any) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            int n = bytes.length;
            return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
        }

        /** A line past the limit is read to its end but not kept beyond it: it is rejected anyway. */
        private void keep(java.io.ByteArrayOutputStream line, int n) {
            int room = EventsResource.MAX_BODY + 1 - line.size();
            if (room > 0) {
                line.write(buffer, pos, Math.min(room, n));
            }
        }
    }

    private static Path receive(InputStream body, long maxBytes) {
        Path file;
        try {
            file = Files.createTempFile("supervision-backfill-", ".ndjson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while (body != null && (n = body.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, "payload-too-large", "请求体过大",
                            "一次补录至多 " + (maxBytes >> 20) + " MiB；请按月分成几次发送");
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw ProblemException.invalidField("body", "读取请求体失败：" + e.getMessage());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The lines that hold more than blanks: the job's units, 0 for a body with no event at all. */
    private static long countLines(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long lines = 0;
            boolean open = false;
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        lines += open ? 1 : 0;
                        open = false;
                    } else if (!Character.isWhitespace(b)) {
                        open = true;
                    }
                }
            }
            return lines + (open ? 1 : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}

package org.smartjustice.academy.internal.items;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.swagger.v3.oas.annotations.Operation;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.internal.AcademyModule;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.RequiresRole;

/**
 * {@code .../academy/corpus}: the tenant's published content for the AI assistant (AI小郑), one JSON
 * chunk per line (docs/academy.md has the schema); {@code since} for what changed after a time,
 * {@code format=alpaca} for the question-and-answer pairs as instructions.
 */
@Component(service = JusticeResource.class, property = JusticeResource.MODULE + "=" + AcademyModule.ID)
public class CorpusResource implements JusticeResource {

    static final String JSONL = "application/x-ndjson";
    private static final ObjectMapper LINES = new ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Reference
    private Corpus corpus;

    @Reference
    private TenantContext context;

    @Reference
    private AuditLog audit;

    @RequiresRole({ Role.PLATFORM_OPERATOR, Role.DISTRICT_ADMIN, Role.EDITOR })
    @GET
    @Path("corpus")
    @Produces({ JSONL, "application/json" })
    @Operation(operationId = "exportAcademyCorpus", summary = "AI 语料导出（JSONL）",
            description = "每行一个片段：办事指南的一个字段、文章的一节或一组问答，带 id、tenant、kind、title、section、audiences、topics、text、legalBasis、source、effectiveFrom、version、updatedAt、hash。since（ISO 8601 时间）只导出此后变化的内容，其后撤回的内容以 deleted 为 true 的行给出。format=alpaca 导出问答的 Alpaca 指令格式。")
    public Response corpus(@QueryParam("since") String since, @QueryParam("format") String format) {
        String tenant = context.requireTenant();
        java.time.LocalDateTime from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = UtcTimes.toUtc(OffsetDateTime.parse(since.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.invalidField("since", "应为带时区的 ISO 8601 时间，如 2026-12-01T00:00:00+08:00");
            }
        }
        boolean alpaca = "alpaca".equalsIgnoreCase(format);
        if (format != null && !alpaca && !"jsonl".equalsIgnoreCase(format)) {
            throw ProblemException.invalidField("format", "应为 jsonl 或 alpaca");
        }
        java.time.LocalDateTime after = from;
        List<?> lines = alpaca ? corpus.instructions() : corpus.since(after);
        audit.record("academy.corpus", "corpus", "success", (alpaca ? "Alpaca " : "JSONL ") + lines.size() + " 行"
                + (since == null ? "" : "，自 " + since));
        StreamingOutput out = stream -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            for (Object line : lines) {
                w.write(LINES.writeValueAsString(line));
                w.write('\n');
            }
            w.flush();
        };
        return Downloads.attachment(out, JSONL + "; charset=UTF-8", "academy-corpus-" + tenant + (alpaca ? "-alpaca" : "")
                + ".jsonl", Downloads.Contents.NO_PERSONAL_DATA).build();
    }
}

package org.smartjustice.platform.api.sheets;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

/**
 * What a module's import is, declared once: its columns, what makes two rows the same thing, and how
 * a batch of checked rows is stored. {@link SheetImports} does the rest (reading, limits, batching,
 * duplicate keys, the job, the report, the audit and the template download).
 *
 * <pre>{@code
 * SheetImport<Checked, VenueEntity> VENUES = SheetImport.<Checked, VenueEntity>of("venues.import", TEMPLATE)
 *         .target("imports").templateFile("venues-template").nameColumn("名称")
 *         .sameWhen(Checked::naturalKey, c -> "name", "是同一阵地")
 *         .storedBy(service::upsert, VenueEntity::id, Checked::name)
 *         .maxRows(() -> config.maxImportRows());
 * }</pre>
 *
 * @param <C> a row checked and ready to store
 * @param <S> what storing a row gives back
 * @since 1.3
 */
public final class SheetImport<C, S> {

    private final String kind;
    private final SheetTemplate template;
    private String target;
    private String templateFile;
    private String nameColumn;
    private Function<C, String> key = c -> null;
    private Function<C, String> keyField = c -> "row";
    private String sameAs = "重复";
    private Function<List<C>, List<S>> store;
    private Function<S, String> idOf = s -> null;
    private Function<C, String> nameOf = c -> null;
    private IntSupplier maxRows = () -> 50_000;
    private Predicate<String> knows;

    private SheetImport(String kind, SheetTemplate template) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.template = Objects.requireNonNull(template, "template");
        this.target = kind;
        this.templateFile = kind + "-template";
    }

    /**
     * @param kind     the job's kind and the audit action, e.g. {@code venues.import}
     * @param template the columns: the template to download, and the headers the import knows
     */
    public static <C, S> SheetImport<C, S> of(String kind, SheetTemplate template) {
        return new SheetImport<>(kind, template);
    }

    /** The audit target of an upload (a job's is {@code target/<job id>}), e.g. {@code members/imports}. */
    public SheetImport<C, S> target(String auditTarget) {
        this.target = Objects.requireNonNull(auditTarget);
        return this;
    }

    /** The template's file name without extension, e.g. {@code venues-template}. */
    public SheetImport<C, S> templateFile(String stem) {
        this.templateFile = Objects.requireNonNull(stem);
        return this;
    }

    /** The column whose cell names a rejected row in the report (what people look for). */
    public SheetImport<C, S> nameColumn(String header) {
        this.nameColumn = header;
        return this;
    }

    /**
     * Two rows of one file with the same key are one thing: the later is refused, the field named by
     * {@code field} with 「与第 n 行{@code sameAs}」.
     */
    public SheetImport<C, S> sameWhen(Function<C, String> key, Function<C, String> field, String sameAs) {
        this.key = Objects.requireNonNull(key);
        this.keyField = Objects.requireNonNull(field);
        this.sameAs = Objects.requireNonNull(sameAs);
        return this;
    }

    /**
     * @param store  stores a batch in one transaction (insert, or update what has the same natural key),
     *               giving back what it stored in the batch's order
     * @param idOf   the id an accepted row reports
     * @param nameOf what an accepted row calls itself in the report
     */
    public SheetImport<C, S> storedBy(Function<List<C>, List<S>> store, Function<S, String> idOf, Function<C, String> nameOf) {
        this.store = Objects.requireNonNull(store);
        this.idOf = Objects.requireNonNull(idOf);
        this.nameOf = Objects.requireNonNull(nameOf);
        return this;
    }

    /** Data rows past which a file is refused unread (413 {@code too-many-rows}); read on every upload. */
    public SheetImport<C, S> maxRows(IntSupplier maxRows) {
        this.maxRows = Objects.requireNonNull(maxRows);
        return this;
    }

    /**
     * Headers the import reads besides the template's (another spelling, the English field names); the
     * report lists the file's other headers as ignored.
     */
    public SheetImport<C, S> alsoReads(Predicate<String> header) {
        this.knows = Objects.requireNonNull(header);
        return this;
    }

    /** Whether the import reads a column of this header. */
    public boolean reads(String header) {
        return template.headers().contains(header) || knows != null && knows.test(header);
    }

    public String kind() {
        return kind;
    }

    public SheetTemplate template() {
        return template;
    }

    public String target() {
        return target;
    }

    public String templateFile() {
        return templateFile;
    }

    public String nameColumn() {
        return nameColumn;
    }

    public String key(C checked) {
        return key.apply(checked);
    }

    public String keyField(C checked) {
        return keyField.apply(checked);
    }

    public String sameAs() {
        return sameAs;
    }

    public List<S> store(List<C> batch) {
        if (store == null) {
            throw new IllegalStateException("import " + kind + " has no storedBy");
        }
        return store.apply(batch);
    }

    public String idOf(S stored) {
        return idOf.apply(stored);
    }

    public String nameOf(C checked) {
        return nameOf.apply(checked);
    }

    public int maxRows() {
        return Math.max(1, maxRows.getAsInt());
    }
}

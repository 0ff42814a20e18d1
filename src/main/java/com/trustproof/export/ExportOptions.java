package com.trustproof.export;

import java.util.Objects;

/**
 * How the CSV looks.
 *
 * @param bom     start the file with a UTF-8 byte order mark, so Excel opens it as UTF-8
 * @param columns header naming style
 */
public record ExportOptions(boolean bom, ColumnStyle columns) {
    /** No BOM, standard column names: what {@code trustproof export} writes. */
    public static final ExportOptions DEFAULT = new ExportOptions(false, ColumnStyle.STANDARD);

    public ExportOptions {
        Objects.requireNonNull(columns, "columns");
    }

    public ExportOptions withBom(boolean bom) { return new ExportOptions(bom, columns); }

    public ExportOptions withColumns(ColumnStyle columns) { return new ExportOptions(bom, columns); }
}

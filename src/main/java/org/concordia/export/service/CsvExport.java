package org.concordia.export.service;

/** A format that writes CSV (RFC 4180, UTF-8), which R, Python and spreadsheets read. */
abstract class CsvExport implements ExportFormatSupport {

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }
}

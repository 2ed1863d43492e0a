package org.concordia.export.service;

/** A format that writes an Excel workbook (.xlsx) through {@link XlsxWriter}. */
abstract class XlsxExport implements ExportFormatSupport {

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
}

package org.concordia.export.service;

/** A report written as a printable page ({@link PrintableHtml}) of the whole project: filters do not apply. */
abstract class HtmlReport implements ExportFormatSupport {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }
}

package org.concordia.documents.service;

/** A file that cannot become a document; the message says why, in words for the person importing it. */
public class ImportRejected extends Exception {

    public ImportRejected(String reason) {
        super(reason);
    }
}

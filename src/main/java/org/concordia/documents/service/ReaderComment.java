package org.concordia.documents.service;

/** One comment a reader left under a web article: who, when (as the page shows it; may be empty) and what. */
public record ReaderComment(String author, String date, String text) {
}

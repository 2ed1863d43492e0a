package org.concordia.documents.service;

/** The text of a file as Tika extracted it, and the file's media type. */
public record ExtractedText(String mediaType, String text) {
}

package org.concordia.platform.api;

/**
 * What went wrong, as every API error answers it (after RFC 9457's problem details): the HTTP status, its title
 * and a sentence written for the person running the script.
 */
public record Problem(int status, String title, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

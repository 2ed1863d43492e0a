package org.concordia.export.model;

/** Where an export job stands. */
public enum ExportState {
    QUEUED("waiting"),
    RUNNING("writing"),
    DONE("ready to download"),
    FAILED("failed");

    private final String label;

    ExportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package com.complaints.core.report;

/** The CJK font for PDF reports is not installed on this server (503; see complaints.reports.pdf-font). */
public class PdfUnavailableException extends RuntimeException {

    public PdfUnavailableException() {
        super("PDF reports need a CJK font: install Debian's fonts-droid-fallback or set complaints.reports.pdf-font");
    }
}

package org.concordia.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concordia.export.model.Download;
import org.concordia.export.service.ExportService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;

/**
 * Downloads a finished export ({@code /exports/download/12}), streamed from its file; the service checks the
 * role and the tenant like everywhere else.
 */
@WebServlet("/exports/download/*")
public class ExportDownloadServlet extends HttpServlet {

    @Inject
    ExportService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such export.");
            return;
        }
        Download download;
        try {
            download = exports.download(Long.parseLong(path.substring(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        }
        response.setContentType(download.mediaType());
        response.setContentLengthLong(download.size());
        if (download.mediaType().startsWith("text/html")) {
            // Printable reports open in the browser, to read and print; they may style themselves, nothing more.
            response.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            response.setHeader("Content-Disposition", "inline; filename=\"" + download.fileName() + "\"");
        } else {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        }
        download.content().writeTo(response.getOutputStream());
    }
}

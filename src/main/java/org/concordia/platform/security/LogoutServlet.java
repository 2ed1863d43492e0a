package org.concordia.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Ends the Concordia session and then the Keycloak session, so that the next visitor of this browser has to log
 * in again rather than being signed straight back in by Keycloak.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    static final String CLIENT_ID = "concordia";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signedOut = request.getRequestURL().toString().replaceFirst("/logout$", "/signed-out.xhtml");
        Optional<String> endSession = OidcLogin.endSessionUrl(request, CLIENT_ID, signedOut);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException alreadyLoggedOut) {
            // Nothing left to end locally.
        }
        response.sendRedirect(endSession.orElse(signedOut));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}

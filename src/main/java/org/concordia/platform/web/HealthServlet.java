package org.concordia.platform.web;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Public readiness check for the launcher, Docker and load balancers: 200 when the application is deployed and its
 * database answers, 503 otherwise. Says nothing else about the installation.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(2);
        } catch (SQLException e) {
            databaseUp = false;
        }
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(databaseUp ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.getWriter().write(databaseUp ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}

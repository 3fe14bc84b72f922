package uk.gov.la.ei.feedback.application;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.jboss.logging.Logger;

import java.util.logging.Level;

/**
 * Open HTML to PDF's messages into the service's log (category {@code com.openhtmltopdf.<where>}),
 * instead of its own console handler; its INFO (timings of each rendering) is debug here.
 */
final class OpenHtmlToPdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(level(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the service's log configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger("com.openhtmltopdf").isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        return Logger.Level.DEBUG;
    }
}

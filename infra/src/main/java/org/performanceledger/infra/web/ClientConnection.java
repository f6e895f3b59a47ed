package org.performanceledger.infra.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Whether the client of a request that is waiting for its answer has gone away: true once it has closed or reset its
 * connection. Asked by the work the request waits for, between its steps ({@link WhileClientWaits}).
 * <p>
 * A servlet container learns that a client has gone only when it next reads from or writes to the connection, and
 * between the end of an upload and its answer it does neither: Tomcat watches an asynchronous request's connection
 * for nothing, so no {@code AsyncListener} or {@code ReadListener} hears of a close (tried: nothing in 60 s). What
 * does read is {@link ServletInputStream#available()} once a {@link ReadListener} is set: with the body read to its
 * end, Tomcat then tries a non-blocking read of the connection (Http11InputBuffer.available), which finds nothing
 * while the client waits, and answers 1 byte available when the read fails because the client closed or reset the
 * connection. So, the body read to its end, anything available means the client has gone; it is also what a client
 * that sends more after its request (HTTP pipelining, which browsers, curl and the usual HTTP libraries do not do)
 * or that shuts its sending half while still reading would look like, and such a client's work is stopped too.
 * Another container that answers 0 there never reports a client gone; the work's own time limit still holds.
 * <p>
 * Probed under this object's lock, and never once the request is answered or abandoned ({@link #forget()}): the
 * container reuses a request's objects for the next request after that.
 */
final class ClientConnection implements BooleanSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);

    /**
     * The most read after a multipart body's last part (its epilogue, or a chunked body's last chunk), so that the
     * body is read to its end before the connection is probed; a body with more than this left is not probed.
     */
    private static final int MOST_DRAINED = 64 * 1024;

    private final ServletInputStream body;
    private final String request;
    private boolean watched;
    private boolean forgotten;
    private boolean gone;

    private ClientConnection(ServletInputStream body, String request) {
        this.body = body;
        this.request = request;
    }

    /** The connection of a request whose body has been read (its parts parsed): reads what little may be left. */
    static ClientConnection ofReadRequest(HttpServletRequest request) throws IOException {
        ServletInputStream body = request.getInputStream();
        byte[] buffer = new byte[8192];
        int drained = 0;
        int read;
        while (drained <= MOST_DRAINED && (read = body.read(buffer)) != -1) {
            drained += read;
        }
        return new ClientConnection(body, request.getMethod() + " " + request.getRequestURI());
    }

    /**
     * Starts watching the connection: on the request's thread, once the request is asynchronous (a
     * {@link ReadListener} may be set only then). A body not read to its end is not watched.
     */
    synchronized void watch() {
        try {
            if (!body.isFinished()) {
                LOG.debug("{}: body not read to its end, its client is not watched", request);
                return;
            }
            body.setReadListener(new ReadListener() {
                @Override
                public void onDataAvailable() {
                    // Nothing to read: the body was read before; a byte after it is what available() looks for.
                }

                @Override
                public void onAllDataRead() {
                    // The body was read before the request became asynchronous.
                }

                @Override
                public void onError(Throwable failure) {
                    went("its connection failed: " + failure);
                }
            });
            watched = true;
        } catch (IllegalStateException | UnsupportedOperationException notPossible) {
            LOG.debug("{}: its client cannot be watched", request, notPossible);
        }
    }

    /** The request has been answered, or abandoned by the container: its connection is no longer this one's. */
    synchronized void forget() {
        forgotten = true;
    }

    /** True once the client has gone, or nobody waits for the answer any more. */
    @Override
    public synchronized boolean getAsBoolean() {
        if (gone || forgotten) {
            return true;
        }
        if (!watched) {
            return false;
        }
        try {
            if (body.available() > 0) {
                went("it closed its connection");
            }
        } catch (IOException failed) {
            went("its connection failed: " + failed);
        } catch (RuntimeException racing) {
            // The probe runs on the worker while a container thread may be handling an event of the same connection
            // (its close, say), and the container's input buffer is not made for two threads: a failure here says
            // nothing sure. The work goes on (it has its own time limit) and the next probe asks again.
            LOG.debug("{}: could not tell whether its client is there", request, racing);
        }
        return gone;
    }

    private synchronized void went(String how) {
        if (!gone) {
            gone = true;
            LOG.info("The client of {} went away before its answer ({}): the work it waited for is stopped",
                    request, how);
        }
    }
}

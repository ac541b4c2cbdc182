package careercoach.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 by hand on a socket, for what a well-behaved client library will not send. */
final class RawHttp {

    private RawHttp() {
    }

    /** A full response as text (headers and body); the server closes the connection after it. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    /** Reads until the server closes the connection. */
    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the response is still a response
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static int status(String response) {
        if (!response.startsWith("HTTP/1.1 ")) {
            return -1;
        }
        return Integer.parseInt(response.substring(9, 12));
    }
}

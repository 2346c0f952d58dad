package org.openjolo.alpaca.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openjolo.alpaca.ServedDevice;
import org.openjolo.testing.Fuzz;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The Alpaca server under random requests over a raw loopback socket (so malformed escapes, bodies and paths
 * reach it as a client could send them), with a simulated AstroLink 4 USB behind it: every answer is an HTTP
 * error the server chose (400, 404, 405) or an Alpaca answer, never a 500, and an Alpaca error is one of
 * ASCOM's numbers, never an internal driver error.
 */
class AlpacaFuzzTest extends ServedAstroLink {

    private static final Set<Integer> HTTP_ERRORS = Set.of(400, 404, 405);
    private static final Set<Integer> ASCOM_ERRORS = Set.of(0, AlpacaException.NOT_IMPLEMENTED, AlpacaException.INVALID_VALUE, AlpacaException.VALUE_NOT_SET,
            AlpacaException.NOT_CONNECTED, AlpacaException.INVALID_OPERATION, AlpacaException.ACTION_NOT_IMPLEMENTED, AlpacaException.UNSPECIFIED);
    private static final List<String> MEMBERS = List.of("connected", "description", "driverinfo", "driverversion", "interfaceversion", "name",
            "supportedactions", "action", "commandblind", "commandbool", "commandstring", "absolute", "ismoving", "maxincrement", "maxstep", "position",
            "stepsize", "tempcomp", "tempcompavailable", "temperature", "halt", "move", "maxswitch", "canwrite", "getswitch", "getswitchdescription",
            "getswitchname", "getswitchvalue", "minswitchvalue", "maxswitchvalue", "switchstep", "setswitch", "setswitchname", "setswitchvalue",
            "averageperiod", "cloudcover", "dewpoint", "humidity", "pressure", "skyquality", "skytemperature", "refresh", "sensordescription",
            "timesincelastupdate", "issafe");
    private static final List<String> NAMES = List.of("ClientID", "ClientTransactionID", "Connected", "Position", "Id", "State", "Value", "Name",
            "TempComp", "Command", "SensorName", "AveragePeriod", "Action", "Parameters", "clientid", "POSITION");

    private int port;
    private List<String> types;
    private List<Integer> numbers;

    /** After the fixture connected the simulated device: where its Alpaca devices are. */
    @BeforeEach
    void find() {
        port = server.address().orElseThrow().getPort();
        List<ServedDevice> mine = server.devices().stream().filter(s -> s.deviceKey().equals(device.identity().key())).toList();
        types = mine.stream().map(ServedDevice::deviceType).toList();
        numbers = mine.stream().map(ServedDevice::number).distinct().toList();
    }

    /** One request as bytes on the wire; a form body goes with a PUT (and now and then with a GET). */
    private record Request(String method, String target, byte[] body) {
        @Override
        public String toString() {
            return method + " " + Fuzz.literal(target) + (body == null ? "" : " body " + Fuzz.describe(body));
        }
    }

    private Request anyRequest(Fuzz f, int run) {
        if (run % 25 == 0) {
            // keep the client connected now and then, so the members behind the connection check are reached
            return new Request("PUT", "/api/v1/focuser/" + numbers.get(0) + "/connected", "ClientID=1&Connected=True".getBytes(StandardCharsets.US_ASCII));
        }
        String method = f.chance(0.9) ? (f.chance(0.5) ? "GET" : "PUT") : f.pick(List.of("POST", "DELETE", "HEAD", "get", "PUT "));
        String type = f.chance(0.9) ? f.pick(types) : f.pick(List.of("Focuser", "camera", "", "..", "%2e%2e", "focuser%00"));
        String number = f.chance(0.85) ? Integer.toString(f.pick(numbers)) : f.nastyField();
        String member = f.chance(0.85) ? f.pick(membersOf(type)) : f.mutate(f.pick(MEMBERS), '/');
        String path = switch (f.nextInt(12)) {
            case 0 -> "/management/apiversions";
            case 1 -> "/management/v1/" + f.pick(List.of("description", "configureddevices", member));
            case 2 -> f.mutate("/api/v1/" + type + "/" + number + "/" + member, '/');
            default -> "/api/v1/" + type + "/" + encode(number) + "/" + encode(member) + (f.chance(0.1) ? "/" : "");
        };
        String params = parameters(f, member);
        boolean put = method.startsWith("PUT");
        String target = put || f.chance(0.2) ? path : path + "?" + params;
        // no body the server leaves unread (a GET's, one beyond 64 KiB): closing on unread bytes resets the socket
        // before this client reads the answer (AlpacaServerTest covers the 413)
        byte[] body = put ? (f.chance(0.05) ? f.bytes(300) : params.getBytes(StandardCharsets.UTF_8)) : null;
        return new Request(method, target, body);
    }

    /** Path segments as a client would escape them; raw garbage comes through the mutations. */
    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The members of a type (most requests), or any member (a type's 404s). */
    private static List<String> membersOf(String type) {
        List<String> own = switch (type) {
            case "focuser" -> List.of("absolute", "ismoving", "maxincrement", "maxstep", "position", "stepsize", "tempcomp", "tempcompavailable",
                    "temperature", "halt", "move", "commandstring");
            case "switch" -> List.of("maxswitch", "canwrite", "getswitch", "getswitchdescription", "getswitchname", "getswitchvalue", "minswitchvalue",
                    "maxswitchvalue", "switchstep", "setswitch", "setswitchname", "setswitchvalue");
            case "observingconditions" -> List.of("averageperiod", "cloudcover", "dewpoint", "humidity", "pressure", "skyquality", "skytemperature",
                    "temperature", "refresh", "sensordescription", "timesincelastupdate");
            case "safetymonitor" -> List.of("issafe");
            default -> MEMBERS;
        };
        return own.size() > 1 || type.equals("safetymonitor") ? java.util.stream.Stream.concat(own.stream(), MEMBERS.subList(0, 8).stream()).toList() : own;
    }

    /** The parameters a member reads, so most requests get past the missing-parameter check to the values. */
    private static List<String> parametersOf(String member) {
        return switch (member) {
            case "move" -> List.of("Position");
            case "connected" -> List.of("Connected");
            case "tempcomp" -> List.of("TempComp");
            case "commandstring" -> List.of("Command", "Raw");
            case "action" -> List.of("Action", "Parameters");
            case "setswitch" -> List.of("Id", "State");
            case "setswitchvalue" -> List.of("Id", "Value");
            case "setswitchname" -> List.of("Id", "Name");
            case "canwrite", "getswitch", "getswitchdescription", "getswitchname", "getswitchvalue", "minswitchvalue", "maxswitchvalue", "switchstep" -> List.of("Id");
            case "sensordescription", "timesincelastupdate" -> List.of("SensorName");
            case "averageperiod" -> List.of("AveragePeriod");
            default -> List.of();
        };
    }

    private static String parameters(Fuzz f, String member) {
        if (f.chance(0.1)) {
            return f.fromAlphabet("=&%+0123456789abcdefABCDEF.-", 40);
        }
        StringJoiner q = new StringJoiner("&");
        q.add("ClientID=" + (f.chance(0.9) ? "1" : f.nastyField()));
        for (String name : parametersOf(member)) {
            if (f.chance(0.9)) {
                String value = switch (name) {
                    case "Position" -> Integer.toString(f.intIn(-5, 30_000));
                    case "Id" -> Integer.toString(f.intIn(-1, 6));
                    case "Connected", "TempComp", "State", "Raw" -> f.pick(List.of("True", "False", "true", "FALSE", "yes"));
                    case "Value" -> f.pick(List.of("0", "1", "0.5", "50", "100", "101", "-1", "1e2"));
                    case "Command" -> f.pick(List.of("S:20", "S:0", "S:99999", "S:-1", "S:", "X"));
                    case "SensorName" -> f.pick(List.of("temperature", "Humidity", "dewpoint", "skytemperature", "skyquality", "cloudcover", "rainrate", "x"));
                    case "AveragePeriod" -> f.pick(List.of("0", "0.0", "1", "-1"));
                    default -> f.printable(12);
                };
                q.add(name + "=" + URLEncoder.encode(f.chance(0.15) ? f.nastyField() : value, StandardCharsets.UTF_8));
            }
        }
        for (int i = f.nextInt(3); i > 0; i--) {
            String value = switch (f.nextInt(4)) {
                case 0 -> f.nastyField();
                case 1 -> f.pick(List.of("True", "False", "true", "S:20", "S:0", "S:99999", "temperature", "cloudcover", "rainrate", "x"));
                default -> Integer.toString(f.intIn(-2, 30000));
            };
            q.add(f.pick(NAMES) + "=" + (f.chance(0.9) ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value.replace(' ', '+')));
        }
        return q.toString();
    }

    /** Sends the request on a fresh connection and returns the status line's code and the body. */
    private String[] send(Request r) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(20_000);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            // the target goes out as raw bytes: the URL classes would refuse what a careless client sends
            head.writeBytes((r.method() + " " + r.target() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (r.body() != null) {
                head.writeBytes(("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + r.body().length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            if (r.body() != null) {
                head.writeBytes(r.body());
            }
            OutputStream out = s.getOutputStream();
            out.write(head.toByteArray());
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int firstSpace = response.indexOf(' ');
            if (!response.startsWith("HTTP/1.1 ") || firstSpace < 0 || response.length() < firstSpace + 4) {
                throw new AssertionError("not an HTTP answer: " + Fuzz.literal(response));
            }
            int bodyStart = response.indexOf("\r\n\r\n");
            return new String[] { response.substring(firstSpace + 1, firstSpace + 4), bodyStart < 0 ? "" : response.substring(bodyStart + 4) };
        }
    }

    @Test
    void randomRequestsAreAnsweredWithAnHttpErrorOrAnAlpacaAnswerNeverA500() {
        Fuzz fuzz = Fuzz.forTest("Alpaca requests", 400);
        int[] run = { 0 };
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        fuzz.forAll(f -> anyRequest(f, run[0]++), r -> {
            String[] answer = send(r);
            int status = Integer.parseInt(answer[0]);
            seen.merge(status == 200 ? "ASCOM " + JsonParser.parseString(answer[1]).getAsJsonObject().get("ErrorNumber").getAsInt() : "HTTP " + status, 1,
                    Integer::sum);
            if (r.method().equals("HEAD")) {
                // 405 from the server, or the JDK's own 400 or 404 for a target it cannot parse or place; no body to check
                assertTrue(HTTP_ERRORS.contains(status), "HEAD is not Alpaca's: " + status);
                return;
            }
            if (status != 200) {
                assertTrue(HTTP_ERRORS.contains(status), "HTTP " + status + ": " + answer[1]);
                assertTrue(!answer[1].isBlank(), "an HTTP error says why");
                return;
            }
            JsonObject json = JsonParser.parseString(answer[1]).getAsJsonObject();
            int error = json.get("ErrorNumber").getAsInt();
            String message = json.get("ErrorMessage").getAsString();
            assertTrue(ASCOM_ERRORS.contains(error), "ErrorNumber " + error + ": " + message);
            assertTrue(!message.contains("internal driver error") && !message.contains("Exception"), message);
            assertEquals(error == 0, message.isEmpty(), "an error has a message, a success none: " + message);
            assertTrue(json.get("ServerTransactionID").getAsLong() > 0);
        });
        System.out.println("fuzz Alpaca requests answered: " + seen);
        // random requests that never got past the routing would prove nothing about the members
        assertTrue(seen.getOrDefault("ASCOM 0", 0) >= fuzz.runs() / 10, "too few requests reached a member: " + seen);
        assertTrue(seen.getOrDefault("ASCOM " + AlpacaException.INVALID_VALUE, 0) + seen.getOrDefault("HTTP 400", 0) >= fuzz.runs() / 20,
                "too few requests had a bad value: " + seen);
    }
}

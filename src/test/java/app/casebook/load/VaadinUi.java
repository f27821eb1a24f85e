package app.casebook.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser window's side of Vaadin Flow's client-server protocol (UIDL over XHR), as the Vaadin client keeps it,
 * for one simulated person.
 *
 * <p>A window starts with {@code GET ?v-r=init}: its answer gives the UI id, the CSRF token (the
 * {@code Vaadin-Security-Key}, sent in every message as {@code csrfToken}) and the first {@code syncId}. Then each
 * message is a {@code POST ?v-r=uidl&v-uiId=…} of {@code {"csrfToken", "rpc": [...], "syncId", "clientId"}}:
 * {@code clientId} counts the client's messages from 0 (the server processes only the one it expects next, and
 * answers any other with an error or a resynchronization), {@code syncId} is the last one the server sent, and the
 * answer carries the next of both. Server-side changes made between two messages (events pushed by other people's
 * saves) come with the next answer: Casebook's push transport is WEBSOCKET_XHR, and a simulated person opens no
 * websocket, so the server keeps its pushes for the next XHR answer, as it does while a browser reconnects.
 *
 * <p>Elements are addressed by their state-node ids, read from the answers ({@code put} of the attribute
 * {@code id}: {@code body-12} is the text area of section 12). Grids ask the client to confirm each data update
 * ({@code $connector.confirm(n)}); those confirmations are sent back as the browser does ({@code confirmUpdate}).
 */
final class VaadinUi {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");
    private static final Pattern ELEMENT_ID = Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"\\}");
    private static final Pattern CONFIRM = Pattern.compile(
            "\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"");

    private final String uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private int promise;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final List<int[]> confirmations = new ArrayList<>();
    private boolean loggingOut;

    private VaadinUi(String uiId, String csrfToken, int syncId, int clientId) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.syncId = syncId;
        this.clientId = clientId;
    }

    /** The window described by the answer to {@code GET ?v-r=init}; null (and the request fails) otherwise. */
    static VaadinUi fromInit(String json) {
        Matcher ui = UI_ID.matcher(json);
        Matcher csrf = CSRF.matcher(json);
        if (!ui.find() || !csrf.find()) {
            return null;
        }
        VaadinUi window = new VaadinUi(ui.group(1), csrf.group(1), 0, 0);
        window.learn(json);
        return window;
    }

    String uidlPath() {
        return "?v-r=uidl&v-uiId=" + uiId;
    }

    /**
     * The window's heartbeat, {@code POST ?v-r=heartbeat&v-uiId=…} with an empty body, which the browser sends every
     * {@code vaadin.heartbeat-interval} seconds (10 here): without it the server closes the window after three
     * missed beats and answers its next message with {@code sessionExpired}.
     */
    String heartbeatPath() {
        return "?v-r=heartbeat&v-uiId=" + uiId;
    }

    /** The next message with these RPC invocations (JSON objects). */
    String message(String... rpc) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[" + String.join(",", rpc) + "],\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
    }

    /**
     * Takes the server's answer to the last message: next ids, element ids, grid confirmations asked for. Returns
     * "ok", or what is wrong with it (the request is then counted as failed): a resynchronization, an error, an
     * ended session, or ids out of step.
     */
    String accept(String answer) {
        String json = answer.startsWith("for(;;);") ? answer.substring(8) : answer;
        if (json.contains("\"resynchronize\"")) {
            return "resynchronize";
        }
        if (loggingOut && json.contains("\"sessionExpired\":true") && json.contains("\"/login\"")) {
            return "ok";
        }
        if (json.contains("\"appError\"") || json.contains("\"sessionExpired\"")) {
            return "error or session expired: " + abbreviate(json);
        }
        Matcher first = CLIENT_ID.matcher(json);
        int nextClientId = first.find() ? Integer.parseInt(first.group(1)) : Integer.MIN_VALUE;
        int nextSyncId = lastInt(SYNC_ID, json);
        if (nextClientId != clientId + 1) {
            return "clientId " + nextClientId + " after " + clientId + ": " + abbreviate(json);
        }
        if (nextSyncId <= syncId && syncId > 0 || nextSyncId < 0) {
            return "syncId " + nextSyncId + " after " + syncId;
        }
        clientId = nextClientId;
        syncId = nextSyncId;
        learn(json);
        return "ok";
    }

    private void learn(String json) {
        Matcher m = ELEMENT_ID.matcher(json);
        while (m.find()) {
            nodes.put(m.group(2), Integer.valueOf(m.group(1)));
        }
        Matcher c = CONFIRM.matcher(json);
        while (c.find()) {
            confirmations.add(new int[] {Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2))});
        }
    }

    /** The state-node id of the element with this id attribute; fails when the page has none. */
    int node(String elementId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " on this page");
        }
        return node;
    }

    boolean has(String elementId) {
        return nodes.containsKey(elementId);
    }

    boolean confirmationsPending() {
        return !confirmations.isEmpty();
    }

    /** The grid confirmations the browser sends after applying data updates; clears them. */
    String[] confirmations() {
        String[] rpc = new String[confirmations.size()];
        for (int i = 0; i < rpc.length; i++) {
            int[] c = confirmations.get(i);
            rpc[i] = "{\"type\":\"publishedEventHandler\",\"node\":" + c[0]
                    + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[" + c[1]
                    + "],\"promise\":" + promise++ + "}";
        }
        confirmations.clear();
        return rpc;
    }

    /** The router's navigation, as a click on a link does it (node 1 is the UI). */
    static String navigate(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"client\"}}";
    }

    /** The first navigation of a freshly loaded page. */
    static String load(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
    }

    /** The next answer may end the session and send the window to the login page (a logout). */
    void expectLogout() {
        loggingOut = true;
    }

    static String event(int node, String event) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":{}}";
    }

    static String click(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":900,"
                + "\"event.clientY\":600,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":700,"
                + "\"event.screenX\":910}}";
    }

    /**
     * What a text area in lazy value-change mode sends when typing pauses: the new value, and the debounced
     * {@code input} event that makes the server take it.
     */
    static String[] typed(int node, String value) {
        return new String[] {
                "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                        + jsonString(value) + "}",
                "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}"};
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static int lastInt(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        int value = Integer.MIN_VALUE;
        while (m.find()) {
            value = Integer.parseInt(m.group(1));
        }
        return value;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}

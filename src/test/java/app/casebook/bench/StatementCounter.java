package app.casebook.bench;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts what Connector/J sends to the server, statement by statement, while {@link #recording} is on: the round
 * trips a save costs. Installed with {@code queryInterceptors=app.casebook.bench.StatementCounter} in the URL.
 */
public class StatementCounter implements QueryInterceptor {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\b\\d+\\b");
    static volatile boolean recording;
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static void start() {
        COUNTS.clear();
        recording = true;
    }

    /** The statements seen since {@link #start()}, shortened, with how often each was sent. */
    static Map<String, Long> stop() {
        recording = false;
        Map<String, Long> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** The statement with the string values Connector/J put into it (it prepares on the client) as {@code ?}. */
    private static String withoutStrings(String sql) {
        StringBuilder b = new StringBuilder(Math.min(sql.length(), 400));
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '\'') {
                b.append(c);
                continue;
            }
            i++;
            while (i < sql.length()) {
                char d = sql.charAt(i);
                if (d == '\\') {
                    i += 2;
                } else if (d == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else if (d == '\'') {
                    break;
                } else {
                    i++;
                }
            }
            b.append('?');
        }
        return b.toString();
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query interceptedQuery) {
        if (recording) {
            String s = sql.get();
            String key = s == null ? "?" : NUMBER.matcher(withoutStrings(s)).replaceAll("?").replaceAll("\\s+", " ");
            key = key.length() > 110 ? key.substring(0, 110) + "…" : key;
            COUNTS.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query interceptedQuery, T originalResultSet,
                                              ServerSession serverSession) {
        return null;
    }
}

package app.casebook.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The open Vaadin UIs (browser tabs) on this node, as the gauge {@value #OPEN_UIS} in {@code /actuator/prometheus}:
 * with the heap per UI it tells an operator how many more people a node can take (docs/scaling.md).
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    static final String OPEN_UIS = "casebook.ui.open";

    private final AtomicInteger open = new AtomicInteger();

    OpenUis(MeterRegistry meters) {
        Gauge.builder(OPEN_UIS, open, AtomicInteger::get).description("Open Vaadin UIs (browser tabs) on this node")
                .register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            init.getUI().addDetachListener(detach -> open.decrementAndGet());
        });
    }

    int count() {
        return open.get();
    }
}

package org.sitrep.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.api.ApiServer;
import org.sitrep.server.web.StoreLinkedEvents;
import org.sitrep.server.web.WebUi;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API (and whatever web routes the server module adds). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the event record over HTTP.")
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--port", defaultValue = "7070", description = "(default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    EventStore eventStore = store.open();
    Javalin app = WebUi.install(ApiServer.create(eventStore), new StoreLinkedEvents(eventStore));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      eventStore.close();
      stopped.countDown();
    }, "sitrep-serve-shutdown"));
    app.start(host, port);
    spec.commandLine().getErr().println("sitrep: serving http://" + host + ":" + app.port() + "/ (API: /api/events, OpenAPI: /openapi.json)");
    stopped.await();
    return 0;
  }
}

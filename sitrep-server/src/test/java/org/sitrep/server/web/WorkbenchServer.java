package org.sitrep.server.web;

import io.javalin.Javalin;

/**
 * A real HTTP server on a free loopback port serving the UI, the digest and the read API over
 * the sample record. Close it after use.
 */
final class WorkbenchServer implements AutoCloseable {
  final SampleRecord record = SampleRecord.load();
  private final Javalin app;

  WorkbenchServer() {
    StandInApi api = new StandInApi(record);
    app = Javalin.create(config -> config.showJavalinBanner = false);
    api.install(app);
    WebUi.install(app, api::overlapping);
    app.start("127.0.0.1", 0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() {
    app.stop();
  }
}

package org.vigil.taxii;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import org.vigil.access.Principal;
import org.vigil.store.ApiRootRow;
import org.vigil.store.CollectionRow;
import org.vigil.store.Store;
import org.vigil.web.ErrorMapper;
import org.vigil.web.Guard;
import org.vigil.web.HttpProblem;
import org.vigil.web.ServerSettings;
import org.vigil.web.SharedStore;

/**
 * The TAXII 2.1 routes under {@code /taxii2/}: discovery at {@code /taxii2/}, API roots at
 * {@code /taxii2/{root}/}. A collection the user's organisation has no access to answers 404,
 * one it may not read (or write) 403, as the reference server does.
 */
public final class TaxiiRoutes {

  static final String ROOT = "/taxii2/{root}";
  static final String COLLECTION = ROOT + "/collections/{collection}";

  private final SharedStore store;
  private final ServerSettings settings;
  private final Clock clock;
  private final ObjectMapper json;
  private final Workspace workspace;

  /**
   * @param workspace where objects posted to a collection go into the knowledge base
   */
  public TaxiiRoutes(SharedStore store, ServerSettings settings, Clock clock, ObjectMapper json, Workspace workspace) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.json = json;
    this.workspace = workspace;
  }

  public void register(Javalin app) {
    Resources resources = new Resources(this, json);
    Reads reads = new Reads(this, json);
    Writes writes = new Writes(this, json, clock);
    app.get("/taxii2", resources::discovery);
    app.get(ROOT, resources::apiRoot);
    app.get(ROOT + "/status/{status}", resources::status);
    app.get(ROOT + "/collections", resources::collections);
    app.get(COLLECTION, resources::collection);
    app.get(COLLECTION + "/objects", reads::objects);
    app.post(COLLECTION + "/objects", writes::post);
    app.get(COLLECTION + "/objects/{object}", reads::object);
    app.delete(COLLECTION + "/objects/{object}", writes::delete);
    app.get(COLLECTION + "/objects/{object}/versions", reads::versions);
    app.get(COLLECTION + "/manifest", reads::manifest);
  }

  SharedStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  ServerSettings settings() {
    return settings;
  }

  Workspace workspace() {
    return workspace;
  }

  /** The API root of the request. @throws HttpProblem 404 */
  static ApiRootRow root(Store s, Context ctx) {
    String name = ctx.pathParam("root");
    return s.collections().apiRoot(name)
        .orElseThrow(() -> HttpProblem.notFound("no API root '" + name + "' on this server"));
  }

  /**
   * The collection of the request as the user's organisation sees it.
   *
   * @throws HttpProblem 404 when it has no access to it at all, 403 when it may not read (or
   *     write, with {@code write})
   */
  static CollectionRow collection(Store s, Context ctx, boolean write) {
    ApiRootRow root = root(s, ctx);
    String id = ctx.pathParam("collection");
    Principal p = Guard.principal(ctx);
    CollectionRow c = s.collections().find(root.name(), id, p.orgId())
        .orElseThrow(() -> HttpProblem.notFound("no collection '" + id + "' in API root '" + root.name() + "'"));
    if (write ? !c.canWrite() : !c.canRead()) {
      throw HttpProblem.forbidden((write ? "writing to" : "reading") + " collection '" + id
          + "' is not allowed for organisation of " + p.userName());
    }
    return c;
  }

  /** Sends a TAXII resource. */
  static void send(Context ctx, int status, Object body) {
    ErrorMapper.sendTaxii(ctx, status, body.toString());
  }
}

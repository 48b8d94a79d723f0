package org.vigil.ingest;

import org.vigil.store.Store;

/** The knowledge-base contract on an embedded SQLite file. */
class SqliteKnowledgeBaseTest extends KnowledgeBaseContract {

  @Override
  Store freshStore() {
    return KnowledgeBase.open(dir);
  }
}

package org.vigil.feeds;

/** Feeds written for the tests. */
public final class Feeds {

  /**
   * The outbound policy of tests whose servers run on this machine: the loopback address is allowed
   * by name (as an administrator would allow an internal host), "localhost" is not.
   */
  public static final org.vigil.outbound.OutboundPolicy LOCAL =
      new org.vigil.outbound.OutboundPolicy(java.util.Set.of("127.0.0.1"), 5);

  private Feeds() {}

  static final String MOGADISHU = "A car bomb exploded outside a hotel in Mogadishu on Saturday, killing at least 12 "
      + "people and wounding 20 others, police said. Al-Shabaab claimed responsibility for the attack in a statement "
      + "on its radio station. The hotel is popular with government officials and lawmakers.";
  static final String KABUL = "Gunmen attacked a checkpoint in Kabul on Saturday, killing three police officers, the "
      + "interior ministry said. No group claimed responsibility.";

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example News</title>"
        + "<link>https://news.example.org/</link><description>test</description>" + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String guid, String title, String description, String link) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>" + link + "</link>"
        + "<pubDate>Sun, 10 Mar 2024 08:00:00 GMT</pubDate><description><![CDATA[" + description
        + "]]></description></item>";
  }

  static String atom(String id, String title, String content) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom News</title>"
        + "<id>urn:example:feed</id><updated>2024-03-10T08:00:00Z</updated><entry><id>" + id + "</id><title>" + title
        + "</title><updated>2024-03-10T08:00:00Z</updated><content type=\"html\"><![CDATA[<p>" + content
        + "</p>]]></content></entry></feed>";
  }

  static String articlePage(String body) {
    return "<html><head><title>x</title><script>var tracking = 1;</script></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> Subscribe now</nav>"
        + "<header>Example News - the site banner</header><article><h1>Hotel bombing</h1><p>" + body + "</p></article>"
        + "<aside class=\"related\">Related: celebrity gossip</aside><footer>Copyright Example News</footer></body></html>";
  }
}

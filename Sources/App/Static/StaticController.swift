import Vapor

/// Files served from memory: the stylesheet and the script, cacheable for a year because
/// their URLs carry a version.
struct StaticController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.stylesheet, use: stylesheet)
        routes.get(.script, use: script)
        routes.get(.favicon, use: favicon)
    }

    /// Two concentric rings on the brand's red (同心, "one heart"), drawn, not lettered, so it
    /// needs no font. Served at the address browsers ask for by themselves.
    static let faviconSVG = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a4001d"/>\
        <circle cx="16" cy="16" r="10" fill="none" stroke="#fff" stroke-width="3"/><circle cx="16" cy="16" r="4" fill="#fff"/></svg>
        """

    @Sendable func favicon(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml")
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=86400")
        return Response(status: .ok, headers: headers, body: .init(string: Self.faviconSVG))
    }

    @Sendable func script(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.script))
    }

    @Sendable func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
}

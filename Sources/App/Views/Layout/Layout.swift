import Domain
import Foundation
import NIOCore
import Plot

/// The one page layout: top bar, navigation, breadcrumbs, title, primary action, flash, content.
enum Layout {
    static let productName = "同心"

    /// Renders a whole document, with placeholders still in it (see ``Placeholder``).
    ///
    /// The frame around the page is written directly, and the chrome (top bar and navigation)
    /// is kept per viewer and navigation entry: rendering those nodes through Plot on every
    /// request cost more than the rest of a cached page.
    static func render(_ page: RenderedPage, context: PageContext) -> String {
        var html = "<!DOCTYPE html><html lang=\"\(context.traditional ? "zh-TW" : "zh-CN")\"><head>"
        html +=
            headStart + "<title>" + Markup.escape("\(page.title) - \(productName)") + "</title>" + headEnd + "<body>"
        if let viewer = context.viewer {
            html += chrome(viewer, context: context)
        } else {
            html += "<div class=\"shell shell-bare\">"
        }
        html +=
            (page.landscape
                ? "<main id=\"main\" tabindex=\"-1\" class=\"print-landscape\">" : "<main id=\"main\" tabindex=\"-1\">")
            + page.head
        if let flash = context.flash {
            html += tag("div", ["class": "flash flash-\(flash.kind.rawValue)", "role": "status"], text: flash.text)
                .render()
        }
        html += page.body + "</main></div></body></html>"
        return html
    }

    /// The breadcrumbs and the page's heading with its primary action.
    static func pageHead(_ page: PageModel) -> String {
        var children: [HTMLNode] = []
        if !page.crumbs.isEmpty { children.append(breadcrumbs(page.crumbs)) }
        var head: [HTMLNode] = [tag("h1", text: page.title)]
        if let primary = page.primary {
            head.append(
                tag(
                    "a", ["class": "button button-primary", "href": primary.path.with(query: primary.query)],
                    text: primary.label))
        }
        children.append(tag("div", ["class": "page-head"], head))
        return HTMLNode.group(children).render()
    }

    private static let headStart = HTMLNode.group([
        voidTag("meta", ["charset": "utf-8"]),
        voidTag("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
        voidTag("link", ["rel": "icon", "type": "image/svg+xml", "href": Path.favicon.string]),
    ]).render()

    private static let headEnd =
        HTMLNode.group([
            voidTag("link", ["rel": "stylesheet", "href": Stylesheet.versionedPath]),
            tag("script", ["src": Stylesheet.scriptPath, "defer": ""], []),
        ]).render() + "</head>"

    /// Written directly: two of these go into every page.
    /// Rendered chrome by viewer and navigation entry; few combinations exist.
    private static let chromeCache = RecentCache<String>(capacity: 1_000)

    /// The top bar and the navigation, opening the shell that the main area goes into.
    private static func chrome(_ viewer: PageContext.Viewer, context: PageContext) -> String {
        let sections = Navigation.sections(for: viewer.role)
        let current = Navigation.current(in: sections, path: context.currentPath)
        let key = [
            viewer.role.rawValue, current?.string ?? "", viewer.unitName, viewer.displayName,
            String(viewer.unreadMessages), String(viewer.todoCount), String(context.traditional),
        ].joined(separator: "\u{1F}")
        if let kept = chromeCache.get(key) { return kept }
        let rendered =
            HTMLNode.group([
                tag("a", ["class": "skip-link", "href": "#main"], text: "跳到正文"),
                topBar(viewer, traditional: context.traditional),
            ]).render() + "<div class=\"shell\">"
            + HTMLNode.group([
                voidTag("input", ["type": "checkbox", "id": "nav-toggle", "class": "nav-toggle"]),
                tag("label", ["for": "nav-toggle", "class": "nav-toggle-label"], text: "☰ 菜单"),
                sideNav(sections, current: current),
            ]).render()
        chromeCache.put(key, rendered)
        return rendered
    }

    private static func topBar(_ viewer: PageContext.Viewer, traditional: Bool) -> HTMLNode {
        tag(
            "header", ["class": "topbar"],
            [
                tag("a", ["class": "brand", "href": Path.home.string], text: productName),
                tag(
                    "div", ["class": "topbar-user"],
                    [
                        tag("span", ["class": "topbar-unit"], text: viewer.unitName),
                        tag("span", ["class": "topbar-name"], text: viewer.displayName),
                    ]),
                tag(
                    "a", ["href": Path.todo.string, "aria-label": "待办，\(viewer.todoCount) 条"],
                    text: viewer.todoCount > 0 ? "待办（\(viewer.todoCount)）" : "待办"),
                tag(
                    "a", ["href": Path.inbox.string, "aria-label": "消息，\(viewer.unreadMessages) 条未读"],
                    text: viewer.unreadMessages > 0 ? "消息（\(viewer.unreadMessages)）" : "消息"),
                postButton(
                    Path.displayScript, label: traditional ? "简" : "繁",
                    fields: ["traditional": traditional ? "0" : "1"], ariaLabel: traditional ? "切换为简体显示" : "切换为繁体显示",
                    extra: [Placeholder.backField]),
                tag("a", ["href": Path.ownPassword.string], text: "修改密码"),
                postButton(.signOut, label: "退出", fields: [:], ariaLabel: nil),
            ])
    }

    private static func sideNav(_ all: [Navigation.Section], current currentEntry: Path?) -> HTMLNode {
        let sections = all.map { section -> HTMLNode in
            let items = section.entries.map { entry in
                let current = entry.path == currentEntry
                return tag(
                    "li", [:],
                    [
                        tag(
                            "a", ["href": entry.path.string, "aria-current": current ? "page" : nil], text: entry.label)
                    ])
            }
            var children: [HTMLNode] = []
            if let heading = section.heading { children.append(tag("p", ["class": "nav-heading"], text: heading)) }
            children.append(tag("ul", [:], items))
            return .group(children)
        }
        return tag("nav", ["class": "sidenav", "aria-label": "主导航"], sections)
    }

    private static func breadcrumbs(_ crumbs: [Crumb]) -> HTMLNode {
        let items = crumbs.enumerated().map { index, crumb -> HTMLNode in
            let isLast = index == crumbs.count - 1
            if let path = crumb.path, !isLast {
                return tag("li", [:], [tag("a", ["href": path.string], text: crumb.label)])
            }
            return tag("li", ["aria-current": isLast ? "page" : nil], text: crumb.label)
        }
        return tag("nav", ["class": "crumbs", "aria-label": "面包屑"], [tag("ol", [:], items)])
    }

    /// A one-button form for a state-changing action (sign out, switch script, …).
    static func postButton(
        _ path: Path, label: String, fields: KeyValuePairs<String, String>,
        ariaLabel: String?, style: String = "link-button", extra: [HTMLNode] = []
    ) -> HTMLNode {
        var children: [HTMLNode] = [Placeholder.csrfField] + extra
        for (name, value) in fields {
            children.append(voidTag("input", ["type": "hidden", "name": name, "value": value]))
        }
        children.append(tag("button", ["type": "submit", "class": style, "aria-label": ariaLabel], text: label))
        return tag("form", ["method": "post", "action": path.string, "class": "inline-form"], children)
    }
}

/// What differs between requests that show the same rendered HTML: the session's CSRF
/// field in every form, and the address the display switch comes back to. Views and cached
/// bodies carry markers; the layout swaps them for this request's fields. Text people write can never
/// produce a marker: it is escaped.
enum Placeholder {
    static var csrfField: HTMLNode { .raw(csrfMarker) }
    static var backField: HTMLNode { .raw(backMarker) }
    private static let csrfMarker = "<!--tx:csrf-->"
    private static let backMarker = "<!--tx:back-->"

    /// `html` with every marker replaced by this request's field, as the response's bytes.
    /// Pages run to tens of kilobytes with a handful of markers, so the scan jumps with
    /// `memchr` (vectorised in the C library) from one "!" to the next, a byte that is rare in
    /// a page but starts every marker's "<!--", and the bytes are copied once.
    static func fill(_ html: String, csrfToken: String, back: String) -> ByteBuffer {
        let csrf = hiddenInput(CSRF.formField, csrfToken)
        let back = hiddenInput("back", back)
        var html = html
        return html.withUTF8 { bytes -> ByteBuffer in
            var output = ByteBufferAllocator().buffer(capacity: bytes.count + 16 * csrf.utf8.count)
            guard let base = bytes.baseAddress else { return output }
            var copied = 0
            var searchFrom = 0
            while searchFrom < bytes.count,
                let found = memchr(base + searchFrom, Int32(UInt8(ascii: "!")), bytes.count - searchFrom)
            {
                let bang = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                searchFrom = bang + 1
                guard bang > 0 else { continue }
                let rest = UnsafeBufferPointer(rebasing: bytes[(bang - 1)...])
                guard
                    let (marker, value) = rest.starts(with: csrfMarker.utf8)
                        ? (csrfMarker, csrf)
                        : rest.starts(with: backMarker.utf8) ? (backMarker, back) : nil
                else { continue }
                output.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[copied..<(bang - 1)]))
                output.writeString(value)
                copied = bang - 1 + marker.utf8.count
                searchFrom = copied
            }
            output.writeBytes(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[copied...]))
            return output
        }
    }

    /// Written directly: two of these go into every page.
    private static func hiddenInput(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(Markup.escape(value))\"/>"
    }
}

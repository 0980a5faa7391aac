package org.komar.child;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.shared.ChildId;
import org.komar.shared.KomarException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children")
class ChildApiController {

    record DuplicatesResponse(List<ChildResource> items, int outsideScope) {
    }

    private final ChildService children;

    ChildApiController(ChildService children) {
        this.children = children;
    }

    @PostMapping
    @Operation(summary = "Register a child")
    ResponseEntity<ChildResource> register(Actor actor, @RequestBody ChildResource body) {
        Child child = children.register(actor, ChildRequests.details(body));
        return ResponseEntity.created(URI.create("/api/v1/children/" + child.id())).body(ChildResource.of(child));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a child in scope (404 when unknown or out of scope)")
    ChildResource read(Actor actor, @PathVariable String id) {
        return ChildResource.of(children.read(actor, ChildId.parse(id, "CHILD_NOT_FOUND")));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a child's details; 'version' must be the one read, else 409 STALE_CHILD")
    ChildResource correct(Actor actor, @PathVariable String id, @RequestBody ChildResource body) {
        if (body == null || body.version() == null) {
            throw KomarException.invalidFields(List.of(new org.komar.shared.FieldProblem("version", "REQUIRED")));
        }
        return ChildResource.of(children.correct(actor, ChildId.parse(id, "CHILD_NOT_FOUND"), body.version(),
                ChildRequests.details(body)));
    }

    @GetMapping
    @Operation(summary = "Search children in scope by partial name, Khmer or Latin, case- and spacing-insensitive")
    List<ChildResource> search(Actor actor, @RequestParam(name = "q", required = false) String q) {
        if (q == null || q.isBlank()) {
            throw KomarException.invalidFields(List.of(new org.komar.shared.FieldProblem("q", "REQUIRED")));
        }
        return children.search(actor, q).stream().map(ChildResource::of).toList();
    }

    @PostMapping("/duplicates")
    @Operation(summary = "Possible duplicates of a child about to be registered (in scope; others only counted)")
    DuplicatesResponse duplicates(Actor actor, @RequestBody ChildResource body) {
        DuplicateCheck check = children.possibleDuplicates(actor, ChildRequests.details(body));
        return new DuplicatesResponse(check.visible().stream().map(ChildResource::of).toList(), check.outsideScope());
    }
}

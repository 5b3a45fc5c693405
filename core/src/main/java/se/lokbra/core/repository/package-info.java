/**
 * What every repository has in common: the generic {@link se.lokbra.core.repository.Repository} (save with
 * optimistic versions, find, page, delete, changes since an instant), {@link se.lokbra.core.repository.PageRequest
 * page requests} with their {@link se.lokbra.core.repository.Sort sort}, {@link se.lokbra.core.repository.Page
 * pages}, and the {@link se.lokbra.core.repository.Change changes} a sync client reads.
 */
@NullMarked
package se.lokbra.core.repository;

import org.jspecify.annotations.NullMarked;

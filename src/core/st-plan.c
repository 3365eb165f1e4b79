/* st-plan.c
 *
 * The store of a plan: one SQLite file, opened with the rollback journal (plans
 * live on network shares and travel by e-mail), foreign keys on, every edit one
 * transaction. The in-memory model is a tree of StRecords; a reload
 * reconciles a fresh load into the existing objects, so views keep their
 * selection and expansion. Undo and redo use changesets from SQLite's session
 * extension, so every edit, however it touches the tables, is undoable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-plan"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
/* The session extension (undo) is compiled into Debian's SQLite; its API is
 * declared only when asked for. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

#include "st-core-resources.h"
#include "st-plan.h"

#define BUSY_TIMEOUT_MS 3000
#define MAX_UNDO 200

typedef struct
{
  char   *label;
  void   *changeset;
  int     size;
} UndoStep;

struct _StPlan
{
  GObject         parent_instance;

  char           *path;
  sqlite3        *db;
  gboolean        read_only;
  gint64          data_version;

  StPlanInfo     *info;
  GHashTable     *lists;        /* GType → GListStore, top-level records */
  GHashTable     *by_id;        /* GType → (GHashTable id → StRecord) */

  /* edits */
  guint           edit_depth;
  gboolean        edit_failed;
  char           *edit_label;
  sqlite3_session *session;
  GPtrArray      *undo;         /* UndoStep */
  GPtrArray      *redo;
};

G_DEFINE_FINAL_TYPE (StPlan, st_plan, G_TYPE_OBJECT)

G_DEFINE_QUARK (st-plan-error-quark, st_plan_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  RELOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Top-level lists, in load order (referenced tables first). */
static GType
top_level_type (guint i)
{
  switch (i)
    {
    case 0: return ST_TYPE_STATUS_INFO;
    case 1: return ST_TYPE_PERIOD;
    case 2: return ST_TYPE_BOARD;
    case 3: return ST_TYPE_STRATEGY;
    case 4: return ST_TYPE_PERSON;
    case 5: return ST_TYPE_AREA;
    case 6: return ST_TYPE_OUTCOME;
    case 7: return ST_TYPE_VOICE;
    case 8: return ST_TYPE_DEVELOPMENT_AREA;
    case 9: return ST_TYPE_MEASURE;
    default: return G_TYPE_INVALID;
    }
}

static void
undo_step_free (gpointer data)
{
  UndoStep *step = data;

  g_free (step->label);
  sqlite3_free (step->changeset);
  g_free (step);
}

/* Errors ------------------------------------------------------------------ */

static void
set_sqlite_error (GError    **error,
                  sqlite3    *db,
                  int         rc,
                  const char *path,
                  const char *doing)
{
  g_autofree char *name = path ? g_filename_display_name (path) : g_strdup ("");
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_LOCKED,
                   _("“%s” is in use by another program; close it there or try again in a moment"), name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                   _("“%s” is damaged and cannot be read; open a backup copy"), name);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_DATABASE,
                   _("“%s” is not a SEND Tracker plan"), name);
      break;
    case SQLITE_READONLY:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY,
                   _("“%s” cannot be changed: the file or its folder is read-only"), name);
      break;
    case SQLITE_FULL:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("The disk is full: “%s” was not changed; free some space and try again"), name);
      break;
    case SQLITE_IOERR:
      {
        /* "disk I/O error" says nothing a person can act on: say why. */
        int saved = db ? sqlite3_system_errno (db) : 0;

        if (saved == EFBIG)
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                       _("Could not %s “%s”: the file would be too large (the file size limit was reached)"),
                       doing, name);
        else if (saved == ENOSPC || saved == EDQUOT)
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                       _("Could not %s “%s”: the disk is full; free some space and try again"), doing, name);
        else if (saved != 0)
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                       _("Could not %s “%s”: %s"), doing, name, g_strerror (saved));
        else if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE)
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                       _("Could not %s “%s”: writing to the disk failed (the disk may be full, or the file too large for the file size limit)"),
                       doing, name);
        else
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                       _("Could not %s “%s”: %s"), doing, name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      }
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("The change was refused: %s"), db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    default:
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("Could not %s “%s”: %s"), doing, name, db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
      break;
    }
}

static gboolean
exec_sql (StPlan      *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("update"));
      return FALSE;
    }
  return TRUE;
}

static sqlite3_stmt *
prepare (StPlan      *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("read"));
      return NULL;
    }
  return stmt;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Checking a file before SQLite touches it ---------------------------------- */

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static gboolean
has_hot_journal (const char *path)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  GStatBuf st;

  return g_stat (journal, &st) == 0 && st.st_size > 0;
}

/* Looks at the file's bytes only: never opens it for writing. */
gboolean
st_plan_identify (const char  *path,
                  GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  guint8 header[100];
  GStatBuf st;
  gssize got = 0;
  guint32 page_size, page_count, app_id, version;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;
      if (saved == ENOENT)
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_FOUND,
                     _("“%s” does not exist; check the name and folder"), name);
      else
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                     _("“%s” cannot be read: %s"), name, g_strerror (saved));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a plan file"), name);
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_DATABASE,
                   _("“%s” is not a regular file, so it is not a SEND Tracker plan"), name);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_EMPTY,
                   _("“%s” is empty (0 bytes): it holds no plan; open a backup copy"), name);
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("“%s” cannot be read: %s"), name, g_strerror (saved));
      return FALSE;
    }
  while (got < (gssize) sizeof header)
    {
      gssize n = read (fd, header + got, sizeof header - got);
      if (n <= 0)
        break;
      got += n;
    }
  close (fd);

  if (got < 16 || memcmp (header, "SQLite format 3", 16) != 0)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_DATABASE,
                   _("“%s” is not a SEND Tracker plan (it is not a plan database at all)"), name);
      return FALSE;
    }
  if (got < (gssize) sizeof header)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                   _("“%s” is incomplete (cut short at %d bytes); open a backup copy"), name, (int) got);
      return FALSE;
    }

  app_id = read_be32 (header + 68);
  version = read_be32 (header + 60);
  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);

  /* A hot journal means an interrupted write: SQLite will roll it back on open,
   * which is exactly the recovery we want, so judge the file after that. */
  if (!has_hot_journal (path))
    {
      if (page_size < 512 || (page_size & (page_size - 1)) != 0 || st.st_size % page_size != 0 ||
          (read_be32 (header + 92) == read_be32 (header + 24) &&
           (guint64) st.st_size < (guint64) page_count * page_size))
        {
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                       _("“%s” is incomplete or damaged (its size does not match its contents); open a backup copy"),
                       name);
          return FALSE;
        }
    }

  if (app_id != ST_PLAN_APPLICATION_ID)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_A_PLAN,
                   _("“%s” is a database of another program, not a SEND Tracker plan"), name);
      return FALSE;
    }
  if (version > ST_PLAN_SCHEMA_VERSION)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of SEND Tracker (file format %u; this version reads up to %d); update SEND Tracker to open it"),
                   name, version, ST_PLAN_SCHEMA_VERSION);
      return FALSE;
    }
  if (version == 0)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                   _("“%s” is an unfinished plan (it was never completely created); create the plan again"),
                   name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
is_writable (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  /* A file or folder marked read-only (no write permission for anyone)
   * stays read-only even for an administrator, who could write it anyway. */
  if (g_stat (path, &st) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 ||
      g_stat (dir, &st) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;

  /* The rollback journal is created beside the file. */
  return g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0;
}

/* A hot journal is a change interrupted by a crash: the first connection
 * that may write rolls it back. A read-only connection cannot, so let a
 * short-lived writable one do it before opening read-only. */
static gboolean
recover_hot_journal (const char  *path,
                     GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  sqlite3 *db = NULL;
  int rc;

  if (!is_writable (path))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY,
                   _("“%s” holds a change that was interrupted (a program stopped while saving it), and it is read-only, so the change cannot be undone; make the file and its folder writable and open it again"),
                   name);
      return FALSE;
    }
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      /* The first read takes a shared lock, which rolls the journal back. */
      rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, db, rc, path, _("recover"));
      sqlite3_close (db);
      return FALSE;
    }
  sqlite3_close (db);
  return TRUE;
}

/* Loading ----------------------------------------------------------------- */

/* Column @col of the current row into column @index of @record, of @type:
 * straight from SQLite, with no GValue. */
static inline void
read_column (sqlite3_stmt *stmt,
             int           col,
             StRecord     *record,
             guint         index,
             GType         type)
{
  gboolean null = sqlite3_column_type (stmt, col) == SQLITE_NULL;

  switch (type)
    {
    case G_TYPE_STRING:
      st_record_load_string (record, index, null ? NULL : (const char *) sqlite3_column_text (stmt, col));
      break;
    case G_TYPE_INT64:
      st_record_load_int (record, index, null ? 0 : sqlite3_column_int64 (stmt, col));
      break;
    case G_TYPE_BOOLEAN:
      st_record_load_boolean (record, index, !null && sqlite3_column_int (stmt, col) != 0);
      break;
    case G_TYPE_DOUBLE:
      st_record_load_double (record, index, null ? NAN : sqlite3_column_double (stmt, col));
      break;
    default:
      g_assert_not_reached ();
    }
}

static int
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  switch (G_VALUE_TYPE (value))
    {
    case G_TYPE_STRING:
      {
        const char *s = g_value_get_string (value);
        return s ? sqlite3_bind_text (stmt, index, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null (stmt, index);
      }
    case G_TYPE_INT64:
      {
        gint64 v = g_value_get_int64 (value);
        return v ? sqlite3_bind_int64 (stmt, index, v) : sqlite3_bind_null (stmt, index);
      }
    case G_TYPE_BOOLEAN:
      return sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
    case G_TYPE_DOUBLE:
      {
        double v = g_value_get_double (value);
        return isnan (v) ? sqlite3_bind_null (stmt, index) : sqlite3_bind_double (stmt, index, v);
      }
    default:
      g_assert_not_reached ();
    }
  return SQLITE_MISUSE;
}

static int
bind_column (sqlite3_stmt *stmt,
             int           index,
             StRecord     *record,
             guint         column)
{
  g_auto(GValue) value = G_VALUE_INIT;

  st_record_get_value (record, column, &value);
  return bind_value (stmt, index, &value);
}

static char *
column_list (StRecordClass *klass)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < st_record_class_get_n_columns (klass); i++)
    {
      g_autofree char *name = st_record_column_name (st_record_class_get_column (klass, i));
      g_string_append_printf (s, "%s\"%s\"", i ? ", " : "", name);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

typedef struct
{
  StPlanInfo *info;
  GHashTable *lists;    /* GType → GPtrArray of top-level records */
  GHashTable *by_id;    /* GType → GHashTable id → record */
  StTextPool *texts;    /* the loaded texts, kept by the records */
} Fresh;

static void
fresh_clear (Fresh *fresh)
{
  g_clear_pointer (&fresh->texts, st_text_pool_unref);
  g_clear_object (&fresh->info);
  g_clear_pointer (&fresh->lists, g_hash_table_unref);
  g_clear_pointer (&fresh->by_id, g_hash_table_unref);
}

static GHashTable *
ids_for (GHashTable *by_id,
         GType       type)
{
  GHashTable *ids = g_hash_table_lookup (by_id, GSIZE_TO_POINTER (type));

  if (ids == NULL)
    {
      ids = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_hash_table_insert (by_id, GSIZE_TO_POINTER (type), ids);
    }
  return ids;
}

/* Records are keyed by a pointer to their own id, which lives as long as they do. */
static void
index_record (GHashTable *by_id,
              StRecord   *record)
{
  g_hash_table_insert (ids_for (by_id, G_OBJECT_TYPE (record)), (gpointer) st_record_peek_id (record), record);
}

static gboolean
load_table (StPlan     *self,
            Fresh      *fresh,
            GType       type,
            GError    **error)
{
  StRecordClass *klass = g_type_class_ref (type);
  guint n_columns = st_record_class_get_n_columns (klass);
  g_autofree char *columns = column_list (klass);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTable *parents = NULL;
  GPtrArray *top = NULL;
  int rc;

  if (klass->parent_column != NULL)
    {
      GType parent_type = type == ST_TYPE_SUB_ACTION ? ST_TYPE_AREA
                        : type == ST_TYPE_ACTION ? ST_TYPE_SUB_ACTION
                        : ST_TYPE_OUTCOME;
      parents = ids_for (fresh->by_id, parent_type);
      sql = g_strdup_printf ("SELECT id, %s, \"%s\" FROM \"%s\" ORDER BY \"%s\", position, id",
                             columns, klass->parent_column, klass->table, klass->parent_column);
    }
  else
    {
      top = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (fresh->lists, GSIZE_TO_POINTER (type), top);
      sql = g_strdup_printf ("SELECT id, %s FROM \"%s\" ORDER BY position, id", columns, klass->table);
    }

  if (!(stmt = prepare (self, sql, error)))
    {
      g_type_class_unref (klass);
      return FALSE;
    }

  {
    g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
    StRecord *batch_parent = NULL;
    GType types[32];
    GHashTable *ids = ids_for (fresh->by_id, type);

    g_assert (n_columns <= G_N_ELEMENTS (types));
    for (guint i = 0; i < n_columns; i++)
      types[i] = st_record_class_get_column_type (klass, i);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        StRecord *record;
        StRecord *parent = NULL;

        if (parents != NULL)
          {
            gint64 parent_id = sqlite3_column_int64 (stmt, n_columns + 1);

            parent = g_hash_table_lookup (parents, &parent_id);
            if (parent == NULL)
              continue;   /* foreign keys make this impossible; be safe */
          }

        record = g_object_new (type, NULL);
        st_record_set_text_pool (record, fresh->texts);
        st_record_set_id (record, sqlite3_column_int64 (stmt, 0));
        for (guint i = 0; i < n_columns; i++)
          read_column (stmt, i + 1, record, i, types[i]);
        g_hash_table_insert (ids, (gpointer) st_record_peek_id (record), record);

        if (parents != NULL)
          {
            if (parent != batch_parent && batch_parent != NULL)
              {
                g_list_store_splice (G_LIST_STORE (st_record_get_children (batch_parent)), 0, 0,
                                     batch->pdata, batch->len);
                g_ptr_array_set_size (batch, 0);
              }
            batch_parent = parent;
            st_record_set_parent (record, parent);
            g_ptr_array_add (batch, record);
          }
        else
          g_ptr_array_add (top, record);
      }
    if (batch_parent != NULL && batch->len > 0)
      g_list_store_splice (G_LIST_STORE (st_record_get_children (batch_parent)), 0, 0,
                           batch->pdata, batch->len);
  }
  g_type_class_unref (klass);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("read"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_info (StPlan  *self,
           Fresh   *fresh,
           GError **error)
{
  StRecordClass *klass = g_type_class_ref (ST_TYPE_PLAN_INFO);
  g_autofree char *columns = column_list (klass);
  g_autofree char *sql = g_strdup_printf ("SELECT id, %s FROM plan WHERE id = 1", columns);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_type_class_unref (klass);
  if (!(stmt = prepare (self, sql, error)))
    return FALSE;

  fresh->info = g_object_new (ST_TYPE_PLAN_INFO, NULL);
  st_record_set_text_pool (ST_RECORD (fresh->info), fresh->texts);
  st_record_set_id (ST_RECORD (fresh->info), 1);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      StRecordClass *info_class = ST_RECORD_GET_CLASS (fresh->info);

      for (guint i = 0; i < st_record_class_get_n_columns (info_class); i++)
        read_column (stmt, i + 1, ST_RECORD (fresh->info), i, st_record_class_get_column_type (info_class, i));
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    {
      g_autofree char *name = g_filename_display_name (self->path);
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                   _("“%s” is damaged: it has no plan description; open a backup copy"), name);
      return FALSE;
    }
  set_sqlite_error (error, self->db, rc, self->path, _("read"));
  return FALSE;
}

/* A text for a rating or a value: "" shared, others in the load's pool. */
static char *
load_text (Fresh        *fresh,
           sqlite3_stmt *stmt,
           int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  if (text == NULL || *text == '\0')
    return (char *) st_record_empty_string;
  return (char *) st_text_pool_add (fresh->texts, text);
}

/* Ratings come in action order (the table's key is action, period): each
 * action's are stored at once, in one block of the right size. */
static gboolean
load_ratings (StPlan  *self,
              Fresh   *fresh,
              GError **error)
{
  GHashTable *actions = ids_for (fresh->by_id, ST_TYPE_ACTION);
  g_autoptr(sqlite3_stmt) stmt =
    prepare (self, "SELECT action_id, period_id, status, commentary FROM rating ORDER BY action_id, period_id", error);
  g_autoptr(GArray) batch = g_array_new (FALSE, FALSE, sizeof (StRating));
  StAction *batch_action = NULL;
  gint64 batch_id = 0;
  gboolean started = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 action_id = sqlite3_column_int64 (stmt, 0);
      StRating rating;

      if (!started || action_id != batch_id)
        {
          if (batch_action != NULL && batch->len > 0)
            st_action_load_ratings (batch_action, (StRating *) batch->data, batch->len);
          g_array_set_size (batch, 0);
          started = TRUE;
          batch_id = action_id;
          batch_action = g_hash_table_lookup (actions, &action_id);
        }
      if (batch_action == NULL)
        continue;
      rating.period_id = sqlite3_column_int64 (stmt, 1);
      rating.status = st_status_from_code ((const char *) sqlite3_column_text (stmt, 2));
      rating.commentary = load_text (fresh, stmt, 3);
      g_array_append_val (batch, rating);
    }
  if (batch_action != NULL && batch->len > 0)
    st_action_load_ratings (batch_action, (StRating *) batch->data, batch->len);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("read"));
      return FALSE;
    }
  return TRUE;
}

/* Values come in measure and month order: each measure's are stored at
 * once, in one block of the right size. */
static gboolean
load_measure_values (StPlan  *self,
                     Fresh   *fresh,
                     GError **error)
{
  GHashTable *measures = ids_for (fresh->by_id, ST_TYPE_MEASURE);
  g_autoptr(sqlite3_stmt) stmt =
    prepare (self, "SELECT measure_id, month, value, target, tolerance, tolerance_kind, polarity, note "
                   "FROM measure_value ORDER BY measure_id, month", error);
  g_autoptr(GArray) batch = g_array_new (FALSE, FALSE, sizeof (StMeasureValue));
  StMeasure *batch_measure = NULL;
  gint64 batch_id = 0;
  gboolean started = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 measure_id = sqlite3_column_int64 (stmt, 0);
      StMeasureValue v = { 0 };

      if (!started || measure_id != batch_id)
        {
          if (batch_measure != NULL && batch->len > 0)
            st_measure_load_values (batch_measure, (StMeasureValue *) batch->data, batch->len);
          g_array_set_size (batch, 0);
          started = TRUE;
          batch_id = measure_id;
          batch_measure = g_hash_table_lookup (measures, &measure_id);
        }
      if (batch_measure == NULL || !st_month_parse ((const char *) sqlite3_column_text (stmt, 1), &v.month))
        continue;
      v.value = sqlite3_column_double (stmt, 2);
      v.target = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 3);
      v.tolerance = sqlite3_column_double (stmt, 4);
      v.tolerance_kind = st_tolerance_kind_from_code ((const char *) sqlite3_column_text (stmt, 5));
      v.polarity = st_polarity_from_code ((const char *) sqlite3_column_text (stmt, 6));
      v.note = load_text (fresh, stmt, 7);
      g_array_append_val (batch, v);
    }
  if (batch_measure != NULL && batch->len > 0)
    st_measure_load_values (batch_measure, (StMeasureValue *) batch->data, batch->len);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("read"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_fresh (StPlan  *self,
            Fresh   *fresh,
            GError **error)
{
  gboolean ok;

  fresh->lists = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  fresh->by_id = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  fresh->texts = st_text_pool_new ();

  /* One read transaction, so the load sees one consistent state. */
  if (!exec_sql (self, "BEGIN", error))
    return FALSE;

  ok = load_info (self, fresh, error);
  for (guint i = 0; ok && top_level_type (i) != G_TYPE_INVALID; i++)
    {
      ok = load_table (self, fresh, top_level_type (i), error);
      if (ok && top_level_type (i) == ST_TYPE_AREA)
        ok = load_table (self, fresh, ST_TYPE_SUB_ACTION, error) &&
             load_table (self, fresh, ST_TYPE_ACTION, error) &&
             load_ratings (self, fresh, error);
      else if (ok && top_level_type (i) == ST_TYPE_OUTCOME)
        ok = load_table (self, fresh, ST_TYPE_OUTCOME_ITEM, error);
      else if (ok && top_level_type (i) == ST_TYPE_MEASURE)
        ok = load_measure_values (self, fresh, error);
    }

  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  st_text_pool_end_load (fresh->texts);
  return ok;
}

/* Reconciling a fresh load into the live model ------------------------------ */

static gboolean
ratings_equal (StAction *a,
               StAction *b)
{
  guint n = st_action_get_n_ratings (a);

  if (n != st_action_get_n_ratings (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const StRating *ra = st_action_get_nth_rating (a, i);
      const StRating *rb = st_action_get_rating (b, ra->period_id);

      if (rb == NULL || rb->status != ra->status || g_strcmp0 (ra->commentary, rb->commentary) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
values_equal (StMeasure *a,
              StMeasure *b)
{
  guint n = st_measure_get_n_values (a);

  if (n != st_measure_get_n_values (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const StMeasureValue *va = st_measure_get_nth_value (a, i);
      const StMeasureValue *vb = st_measure_get_nth_value (b, i);

      if (va->month != vb->month || va->value != vb->value ||
          !(va->target == vb->target || (isnan (va->target) && isnan (vb->target))) ||
          va->tolerance != vb->tolerance || va->tolerance_kind != vb->tolerance_kind ||
          va->polarity != vb->polarity || g_strcmp0 (va->note, vb->note) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
copy_record (StRecord *live,
             StRecord *fresh)
{
  st_record_copy_values (live, fresh, TRUE);

  if (ST_IS_ACTION (live) && !ratings_equal (ST_ACTION (live), ST_ACTION (fresh)))
    {
      StAction *action = ST_ACTION (live);

      while (st_action_get_n_ratings (action) > 0)
        st_action_store_rating (action, st_action_get_nth_rating (action, 0)->period_id,
                                ST_STATUS_NONE, NULL, FALSE);
      for (guint i = 0; i < st_action_get_n_ratings (ST_ACTION (fresh)); i++)
        {
          const StRating *r = st_action_get_nth_rating (ST_ACTION (fresh), i);
          st_action_store_rating (action, r->period_id, r->status, r->commentary,
                                  i + 1 == st_action_get_n_ratings (ST_ACTION (fresh)));
        }
      if (st_action_get_n_ratings (ST_ACTION (fresh)) == 0)
        g_signal_emit_by_name (action, "ratings-changed");
    }
  else if (ST_IS_MEASURE (live) && !values_equal (ST_MEASURE (live), ST_MEASURE (fresh)))
    {
      StMeasure *measure = ST_MEASURE (live);

      while (st_measure_get_n_values (measure) > 0)
        st_measure_forget_value (measure, st_measure_get_nth_value (measure, 0)->month);
      for (guint i = 0; i < st_measure_get_n_values (ST_MEASURE (fresh)); i++)
        st_measure_store_value (measure, st_measure_get_nth_value (ST_MEASURE (fresh), i), TRUE);
    }
}

static void reconcile_store (StPlan *self, GListStore *store, StRecord *parent,
                             GPtrArray *fresh_items, GHashTable *new_by_id);

static StRecord *
reconcile_record (StPlan     *self,
                  StRecord   *fresh,
                  StRecord   *parent,
                  GHashTable *new_by_id)
{
  GHashTable *ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (G_OBJECT_TYPE (fresh)));
  gint64 id = st_record_get_id (fresh);
  StRecord *live = ids ? g_hash_table_lookup (ids, &id) : NULL;
  StRecord *result = live ? live : fresh;

  if (live != NULL)
    copy_record (live, fresh);
  st_record_set_parent (result, parent);
  index_record (new_by_id, result);

  if (st_record_get_children (fresh) != NULL)
    {
      GListModel *children = st_record_get_children (fresh);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (children);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, g_list_model_get_item (children, i));
      if (live != NULL)
        reconcile_store (self, G_LIST_STORE (st_record_get_children (live)), live, items, new_by_id);
      else
        for (guint i = 0; i < items->len; i++)
          reconcile_record (self, g_ptr_array_index (items, i), fresh, new_by_id);
    }
  return result;
}

static void
reconcile_store (StPlan     *self,
                 GListStore *store,
                 StRecord   *parent,
                 GPtrArray  *fresh_items,
                 GHashTable *new_by_id)
{
  /* Holds references: the splice drops the old items before adding the new,
   * and a record that stays may be referenced only by this store. */
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  gboolean same = n_old == fresh_items->len;

  for (guint i = 0; i < fresh_items->len; i++)
    g_ptr_array_add (result, g_object_ref (reconcile_record (self, g_ptr_array_index (fresh_items, i),
                                                             parent, new_by_id)));

  for (guint i = 0; same && i < n_old; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      same = item == g_ptr_array_index (result, i);
    }
  if (!same)
    g_list_store_splice (store, 0, n_old, result->pdata, result->len);
}

static void
reconcile (StPlan *self,
           Fresh  *fresh)
{
  GHashTable *new_by_id = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);

  if (self->info == NULL)
    self->info = g_object_ref (fresh->info);
  else
    copy_record (ST_RECORD (self->info), ST_RECORD (fresh->info));

  for (guint i = 0; top_level_type (i) != G_TYPE_INVALID; i++)
    {
      GType type = top_level_type (i);
      GListStore *store = g_hash_table_lookup (self->lists, GSIZE_TO_POINTER (type));

      if (store == NULL)
        {
          store = g_list_store_new (type);
          g_hash_table_insert (self->lists, GSIZE_TO_POINTER (type), store);
        }
      reconcile_store (self, store, NULL, g_hash_table_lookup (fresh->lists, GSIZE_TO_POINTER (type)),
                       new_by_id);
    }

  g_hash_table_unref (self->by_id);
  self->by_id = new_by_id;
}

/* The first load: the fresh records become the model as they are. */
static void
adopt (StPlan *self,
       Fresh  *fresh)
{
  self->info = g_steal_pointer (&fresh->info);
  for (guint i = 0; top_level_type (i) != G_TYPE_INVALID; i++)
    {
      GType type = top_level_type (i);
      GListStore *store = g_list_store_new (type);
      GPtrArray *items = g_hash_table_lookup (fresh->lists, GSIZE_TO_POINTER (type));

      if (items->len > 0)
        g_list_store_splice (store, 0, 0, items->pdata, items->len);
      g_hash_table_insert (self->lists, GSIZE_TO_POINTER (type), store);
    }
  g_hash_table_unref (self->by_id);
  self->by_id = g_steal_pointer (&fresh->by_id);
}

static gboolean
load (StPlan  *self,
      GError **error)
{
  Fresh fresh = { 0 };
  gboolean ok = load_fresh (self, &fresh, error);

  if (ok && self->info == NULL)
    adopt (self, &fresh);
  else if (ok)
    reconcile (self, &fresh);
  fresh_clear (&fresh);

  if (ok)
    {
      g_autoptr(sqlite3_stmt) stmt = prepare (self, "PRAGMA data_version", NULL);
      if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
        self->data_version = sqlite3_column_int64 (stmt, 0);
    }
  return ok;
}

/* GObject ------------------------------------------------------------------ */

static void
st_plan_finalize (GObject *object)
{
  StPlan *self = ST_PLAN (object);

  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_object (&self->info);
  g_clear_pointer (&self->lists, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->edit_label, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (st_plan_parent_class)->finalize (object);
}

static void
st_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  StPlan *self = ST_PLAN (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, st_plan_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, st_plan_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
st_plan_class_init (StPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = st_plan_finalize;
  object_class->get_property = st_plan_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * StPlan::changed:
   *
   * The plan changed: an edit, an undo or redo, or a reload. Summaries recompute.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * StPlan::reloaded:
   *
   * The model was reconciled with the file (undo, redo, or a change made by
   * another program); records that still exist are the same objects.
   */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
st_plan_init (StPlan *self)
{
  self->lists = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->by_id = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->undo = g_ptr_array_new_with_free_func (undo_step_free);
  self->redo = g_ptr_array_new_with_free_func (undo_step_free);
}

/* Opening and creating -------------------------------------------------------- */

/* PRAGMA quick_check on @db: FALSE with @error when the file is damaged (or
 * cannot be read, or is locked). SQLite's report spans lines ("*** in
 * database main ***\nPage 5…"): the message keeps one line, and its first
 * finding only. */
static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (error, db, rc, path, _("read"));
      sqlite3_finalize (stmt);
      return FALSE;
    }
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_autofree char *finding = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      char *text = finding ? finding : (char *) "";

      if (g_str_has_prefix (text, "*** in database main ***"))
        text += strlen ("*** in database main ***");
      text += strspn (text, " \r\n\t");
      text[strcspn (text, "\r\n")] = '\0';
      g_strdelimit (text, "\t", ' ');
      g_strstrip (text);
      if (g_utf8_strlen (text, -1) > 120)
        *g_utf8_offset_to_pointer (text, 120) = '\0';
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                   _("“%s” is damaged (%s); open a backup copy"), name, text);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* The check of a file being opened, on a connection of its own in a thread of
 * its own, while the main connection loads the model: quick_check reads every
 * page, and was a fifth of the time to open a big plan. */
typedef struct
{
  char     *path;
  GThread  *thread;
  gboolean  ok;        /* the file passed, on the second connection */
} Check;

static gpointer
check_thread (gpointer data)
{
  Check *check = data;
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (check->path, &db,
                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE |
                       SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
      /* Only whether it passed counts: anything else is checked again on
       * the main connection, which words the error (see check_finish()). */
      check->ok = quick_check (db, check->path, NULL);
    }
  sqlite3_close (db);
  return NULL;
}

/* Starts the check of @self's file in a thread; or, when @parallel is FALSE
 * (or threads cannot be used), runs it at once on the main connection. */
static gboolean
check_start (StPlan    *self,
             Check     *check,
             gboolean   parallel,
             GError   **error)
{
  if (parallel && sqlite3_threadsafe () != 0)
    {
      check->path = g_strdup (self->path);
      check->thread = g_thread_try_new ("st-plan-check", check_thread, check, NULL);
      if (check->thread != NULL)
        return TRUE;
      g_clear_pointer (&check->path, g_free);
    }
  return quick_check (self->db, self->path, error);
}

/* Waits for the check; when it did not pass (or could not run), checks on the
 * main connection, so that the outcome and its message are those of checking
 * before anything else. */
static gboolean
check_finish (StPlan  *self,
              Check   *check,
              GError **error)
{
  gboolean ok;

  if (check->thread == NULL)
    return TRUE;   /* done before loading, or finished already */
  g_thread_join (g_steal_pointer (&check->thread));
  ok = check->ok || quick_check (self->db, self->path, error);
  g_clear_pointer (&check->path, g_free);
  return ok;
}

/* The plan's tables are all there; @stmt is the statement that looks one up. */
static gboolean
check_tables (StPlan        *self,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autofree char *name = g_filename_display_name (self->path);
  static const char * const tables[] = {
    "plan", "period", "status", "board", "strategy", "person", "area", "sub_action", "action",
    "rating", "outcome", "outcome_item", "voice", "development_area", "measure", "measure_value",
  };
  int rc;

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        {
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CORRUPT,
                       _("“%s” is damaged: its table “%s” is missing; open a backup copy"), name, tables[i]);
          return FALSE;
        }
      if (rc != SQLITE_ROW)
        {
          set_sqlite_error (error, self->db, rc, self->path, _("read"));
          return FALSE;
        }
    }
  return TRUE;
}

static int
pragma_int (StPlan     *self,
            const char *pragma)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA %s", pragma);
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, NULL);

  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0);
  return -1;
}

/* Forward migrations: migrations[v] takes a file from version v to v + 1.
 * Version 1 is the first released format; add "migrate-N.sql" resources here. */
static const char * const migrations[ST_PLAN_SCHEMA_VERSION] = {
  NULL,   /* 0 → 1: creation, never a migration */
};

static gboolean
migrate (StPlan  *self,
         int      version,
         GError **error)
{
  g_autofree char *name = g_filename_display_name (self->path);

  if (version == ST_PLAN_SCHEMA_VERSION)
    return TRUE;
  if (self->read_only)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY,
                   _("“%s” was saved by an older version and must be updated, but it is read-only; make a writable copy"),
                   name);
      return FALSE;
    }
  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (int v = version; v < ST_PLAN_SCHEMA_VERSION; v++)
    {
      g_autofree char *path = g_strdup_printf ("/org/sendtracker/SendTracker/core/%s", migrations[v]);
      g_autoptr(GBytes) sql = g_resource_lookup_data (st_core_get_resource (), path, 0, NULL);

      if (sql == NULL || !exec_sql (self, g_bytes_get_data (sql, NULL), error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          if (error && *error == NULL)
            g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, _("Could not update “%s”"), name);
          return FALSE;
        }
    }
  {
    g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", ST_PLAN_SCHEMA_VERSION);
    if (!exec_sql (self, sql, error) || !exec_sql (self, "COMMIT", error))
      {
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
        return FALSE;
      }
  }
  return TRUE;
}

/**
 * st_plan_open:
 * @path: a plan file
 * @flags: how to open it
 * @error: where a problem is reported
 *
 * Checks @path before anything else and opens it. A file that is not
 * writable (or whose folder is not) opens read-only. When it fails the file
 * is left unchanged, and @error says what is wrong in words a person can act
 * on, with an #StPlanError code.
 *
 * Returns: (transfer full): the plan, or %NULL
 */
StPlan *
st_plan_open (const char       *path,
              StPlanOpenFlags   flags,
              GError          **error)
{
  g_autoptr(StPlan) self = NULL;
  g_autoptr(sqlite3_stmt) tables = NULL;
  g_autoptr(GError) local_error = NULL;
  Check check = { 0 };
  gboolean ok;
  int rc, version = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!st_plan_identify (path, error))
    return NULL;

  self = g_object_new (ST_TYPE_PLAN, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = (flags & ST_PLAN_OPEN_READ_ONLY) != 0 || !is_writable (path);

  if (self->read_only && has_hot_journal (path) && !recover_hot_journal (path, error))
    return NULL;

  /* NOMUTEX: a plan and its connection are used from one thread at a time
   * (the main thread; exports copy what they need before their worker
   * starts), so SQLite need not lock the connection around every call:
   * that locking was a tenth of the time to load a big plan. */
  rc = sqlite3_open_v2 (path, &self->db,
                        (self->read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                        SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, path, _("open"));
      return NULL;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  /* The first read, which parses the schema: a lock, a file that is not a
   * database, or a damaged schema shows here, and a hot journal is rolled
   * back, before the check reads the file on a connection of its own. */
  if (!(tables = prepare (self, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", error)))
    return NULL;
  if (!check_start (self, &check, (flags & ST_PLAN_OPEN_CHECK_FIRST) == 0, error))
    return NULL;

  ok = check_tables (self, tables, &local_error);
  g_clear_pointer (&tables, sqlite3_finalize);

  /* Read again through SQLite: a hot journal may have been rolled back. */
  if (ok && (guint32) pragma_int (self, "application_id") != ST_PLAN_APPLICATION_ID)
    {
      g_autofree char *name = g_filename_display_name (path);
      g_set_error (&local_error, ST_PLAN_ERROR, ST_PLAN_ERROR_NOT_A_PLAN,
                   _("“%s” is a database of another program, not a SEND Tracker plan"), name);
      ok = FALSE;
    }
  if (ok)
    {
      version = pragma_int (self, "user_version");
      if (version > ST_PLAN_SCHEMA_VERSION || version < 1)
        {
          g_autofree char *name = g_filename_display_name (path);
          g_set_error (&local_error, ST_PLAN_ERROR, ST_PLAN_ERROR_TOO_NEW,
                       _("“%s” was saved by a newer version of SEND Tracker; update SEND Tracker to open it"), name);
          ok = FALSE;
        }
    }
  /* A migration writes: only to a file that passed its check. */
  if (ok && version != ST_PLAN_SCHEMA_VERSION && !check_finish (self, &check, error))
    return NULL;
  ok = ok && migrate (self, version, &local_error) && load (self, &local_error);

  /* The check comes first: a damaged file fails as damaged, whatever the
   * load made of it. */
  if (!check_finish (self, &check, error))
    return NULL;
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&self);
}

static const struct {
  const char *code;
  const char *letter;
  const char *label;
  const char *definition;
  const char *colour;
} default_statuses[ST_N_STATUSES] = {
  { "blue", "B", N_("Action complete"), N_("Action complete."), "#0070C0" },
  { "green", "G", N_("Action on track"),
    N_("Action on track to achieve the impact measures and within the timelines set."), "#00B050" },
  { "amber", "A", N_("Action in progress with some concerns"),
    N_("Action at risk of not achieving the impact measures and/or completion within the timelines set."), "#FFC000" },
  { "red", "R", N_("Action at significant risk / no progress"),
    N_("Action at significant risk of not achieving the impact measures and completion within the timelines set."), "#FF0000" },
  { "grey", "N", N_("Action not due to start"), N_("Action awaiting start."), "#A6A6A6" },
};

static gboolean
exec_resource (sqlite3     *db,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strdup_printf ("/org/sendtracker/SendTracker/core/%s", name);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (st_core_get_resource (), path, 0, error);
  g_autofree char *sql = NULL;
  char *message = NULL;

  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, "%s: %s", name, message);
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_file (const char  *path,
             const char  *title,
             gboolean     example,
             GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, template, NULL);
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int fd;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_EXISTS,
                   _("“%s” already exists; choose another name"), name);
      return FALSE;
    }

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("Could not create “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (sqlite3_open_v2 (tmp, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("Could not create “%s”: %s"), name, sqlite3_errmsg (db));
      goto out;
    }

  {
    g_autofree char *pragmas = g_strdup_printf ("PRAGMA journal_mode = DELETE; PRAGMA foreign_keys = ON; "
                                                "PRAGMA application_id = %d; BEGIN;",
                                                (int) ST_PLAN_APPLICATION_ID);
    if (sqlite3_exec (db, pragmas, NULL, NULL, NULL) != SQLITE_OK ||
        !exec_resource (db, "schema-1.sql", error))
      goto fail;
  }

  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (db, "INSERT INTO status (id, code, position, letter, label, definition, colour) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &stmt, NULL);
    for (guint i = 0; i < ST_N_STATUSES; i++)
      {
        sqlite3_reset (stmt);
        sqlite3_bind_int (stmt, 1, i);
        sqlite3_bind_text (stmt, 2, default_statuses[i].code, -1, SQLITE_STATIC);
        sqlite3_bind_int (stmt, 3, i);
        sqlite3_bind_text (stmt, 4, default_statuses[i].letter, -1, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 5, _(default_statuses[i].label), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (stmt, 6, _(default_statuses[i].definition), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (stmt, 7, default_statuses[i].colour, -1, SQLITE_STATIC);
        if (sqlite3_step (stmt) != SQLITE_DONE)
          {
            sqlite3_finalize (stmt);
            goto fail;
          }
      }
    sqlite3_finalize (stmt);
  }

  if (example)
    {
      if (!exec_resource (db, "example-plan.sql", error))
        goto fail;
    }
  else
    {
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (db, "INSERT INTO plan (id, title) VALUES (1, ?)", -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, title ? title : _("Untitled plan"), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          sqlite3_finalize (stmt);
          goto fail;
        }
      sqlite3_finalize (stmt);
    }

  {
    g_autofree char *finish = g_strdup_printf ("PRAGMA user_version = %d; COMMIT;", ST_PLAN_SCHEMA_VERSION);
    if (sqlite3_exec (db, finish, NULL, NULL, NULL) != SQLITE_OK)
      goto fail;
  }
  sqlite3_close (db);
  db = NULL;

  /* link() fails if @path appeared meanwhile: never overwrite a plan */
  if (link (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ST_PLAN_ERROR, saved == EEXIST ? ST_PLAN_ERROR_EXISTS : ST_PLAN_ERROR_FAILED,
                   _("Could not create “%s”: %s"), name, g_strerror (saved));
      goto out;
    }
  ok = TRUE;
  goto out;

fail:
  if (error && *error == NULL)
    g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                 _("Could not create “%s”: %s"), name, sqlite3_errmsg (db));
out:
  if (db != NULL)
    sqlite3_close (db);
  g_unlink (tmp);
  return ok;
}

/**
 * st_plan_create:
 * @path: where the new plan goes; must not exist
 * @title: (nullable): its title
 *
 * Creates an empty plan with the default rating scale. The file appears whole
 * or not at all.
 *
 * Returns: (transfer full): the plan, or %NULL
 */
StPlan *
st_plan_create (const char  *path,
                const char  *title,
                GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (!create_file (path, title, FALSE, error))
    return NULL;
  return st_plan_open (path, ST_PLAN_OPEN_DEFAULT, error);
}

/**
 * st_plan_create_example:
 *
 * Creates the bundled example plan (Rotherham's SEND strategy and WSoA).
 *
 * Returns: (transfer full): the plan, or %NULL
 */
StPlan *
st_plan_create_example (const char  *path,
                        GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  if (!create_file (path, NULL, TRUE, error))
    return NULL;
  return st_plan_open (path, ST_PLAN_OPEN_DEFAULT, error);
}

/* Accessors -------------------------------------------------------------- */

const char *
st_plan_get_path (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return self->path;
}

gboolean
st_plan_get_read_only (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), TRUE);
  return self->read_only;
}

char *
st_plan_dup_display_name (StPlan *self)
{
  g_autofree char *base = g_path_get_basename (self->path);
  return g_filename_display_name (base);
}

gpointer
st_plan_get_database (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return self->db;
}

StPlanInfo *
st_plan_get_info (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return self->info;
}

GListModel *
st_plan_get_list (StPlan *self,
                  GType   type)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return g_hash_table_lookup (self->lists, GSIZE_TO_POINTER (type));
}

GListModel *
st_plan_get_periods (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_PERIOD);
}

GListModel *
st_plan_get_statuses (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_STATUS_INFO);
}

GListModel *
st_plan_get_areas (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_AREA);
}

GListModel *
st_plan_get_outcomes (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_OUTCOME);
}

GListModel *
st_plan_get_boards (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_BOARD);
}

GListModel *
st_plan_get_measures (StPlan *self)
{
  return st_plan_get_list (self, ST_TYPE_MEASURE);
}

StRecord *
st_plan_lookup (StPlan *self,
                GType   type,
                gint64  id)
{
  GHashTable *ids;

  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  if (type == ST_TYPE_PLAN_INFO)
    return id == 1 ? ST_RECORD (self->info) : NULL;
  ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (type));
  return ids ? g_hash_table_lookup (ids, &id) : NULL;
}

StStatusInfo *
st_plan_get_status_info (StPlan   *self,
                         StStatus  status)
{
  return ST_STATUS_INFO (st_plan_lookup (self, ST_TYPE_STATUS_INFO, status));
}

static StRecord *
find_by_string (StPlan     *self,
                GType       type,
                const char *column,
                const char *value)
{
  GHashTable *ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (type));
  GHashTableIter iter;
  gpointer record;

  if (ids == NULL || value == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, NULL, &record))
    if (g_strcmp0 (st_record_get_string (record, column), value) == 0)
      return record;
  return NULL;
}

StPeriod *
st_plan_find_period (StPlan     *self,
                     const char *label)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return (StPeriod *) find_by_string (self, ST_TYPE_PERIOD, "label", label);
}

StMeasure *
st_plan_find_measure (StPlan     *self,
                      const char *ref)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return (StMeasure *) find_by_string (self, ST_TYPE_MEASURE, "ref", ref);
}

StAction *
st_plan_find_action (StPlan     *self,
                     const char *ref)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  return (StAction *) find_by_string (self, ST_TYPE_ACTION, "ref", ref);
}

/* Returns: (transfer none) (nullable): the last reporting period */
StPeriod *
st_plan_get_latest_period (StPlan *self)
{
  GListModel *periods = st_plan_get_periods (self);
  guint n = g_list_model_get_n_items (periods);
  g_autoptr(StPeriod) last = n ? g_list_model_get_item (periods, n - 1) : NULL;

  return last;   /* the plan's list keeps it alive */
}

/* Returns: (transfer none) (nullable): the period before @period */
StPeriod *
st_plan_get_previous_period (StPlan   *self,
                             StPeriod *period)
{
  GListModel *periods = st_plan_get_periods (self);
  guint n = g_list_model_get_n_items (periods);

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(StPeriod) item = g_list_model_get_item (periods, i);
      if (item == period)
        {
          g_autoptr(StPeriod) previous = g_list_model_get_item (periods, i - 1);
          return previous;
        }
    }
  return NULL;
}

/* Edits ---------------------------------------------------------------- */

static gboolean
check_writable (StPlan  *self,
                GError **error)
{
  if (self->read_only)
    {
      g_autofree char *name = g_filename_display_name (self->path);
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_READ_ONLY,
                   _("“%s” is open read-only; save a copy to make changes"), name);
      return FALSE;
    }
  return TRUE;
}

static void
notify_undo_state (StPlan *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

gboolean
st_plan_begin (StPlan      *self,
               const char  *label,
               GError     **error)
{
  int rc;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);

  if (!check_writable (self, error))
    return FALSE;

  if (self->edit_depth++ > 0)
    return TRUE;

  self->edit_failed = FALSE;
  g_free (self->edit_label);
  self->edit_label = g_strdup (label ? label : "");

  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      self->edit_depth = 0;
      set_sqlite_error (error, self->db, rc, self->path, _("change"));
      return FALSE;
    }
  if (sqlite3session_create (self->db, "main", &self->session) != SQLITE_OK ||
      sqlite3session_attach (self->session, NULL) != SQLITE_OK)
    {
      g_clear_pointer (&self->session, sqlite3session_delete);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->edit_depth = 0;
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, _("Could not start recording the change for undo"));
      return FALSE;
    }
  return TRUE;
}

void
st_plan_rollback (StPlan *self)
{
  g_return_if_fail (ST_IS_PLAN (self));
  g_return_if_fail (self->edit_depth > 0);

  self->edit_failed = TRUE;
  if (--self->edit_depth > 0)
    return;

  g_clear_pointer (&self->session, sqlite3session_delete);
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  /* The model may hold part of the group: bring it back to the file. */
  if (load (self, NULL))
    g_signal_emit (self, signals[RELOADED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
st_plan_commit (StPlan  *self,
                GError **error)
{
  void *changeset = NULL;
  int size = 0, rc;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->edit_depth > 0, FALSE);

  if (--self->edit_depth > 0)
    return TRUE;

  if (self->edit_failed)
    {
      self->edit_depth = 1;
      st_plan_rollback (self);
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, _("The change was not saved"));
      return FALSE;
    }

  if (sqlite3session_changeset (self->session, &size, &changeset) != SQLITE_OK)
    size = 0, changeset = NULL;
  g_clear_pointer (&self->session, sqlite3session_delete);

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("save"));
      sqlite3_free (changeset);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      if (load (self, NULL))
        g_signal_emit (self, signals[RELOADED], 0);
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }

  if (size > 0)
    {
      UndoStep *step = g_new0 (UndoStep, 1);

      step->label = g_steal_pointer (&self->edit_label);
      step->changeset = changeset;
      step->size = size;
      g_ptr_array_add (self->undo, step);
      if (self->undo->len > MAX_UNDO)
        g_ptr_array_remove_index (self->undo, 0);
      g_ptr_array_set_size (self->redo, 0);
      notify_undo_state (self);
    }
  else
    sqlite3_free (changeset);

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Runs one edit: a group of its own unless inside st_plan_begin(). */
static gboolean
edit_run (StPlan      *self,
          const char  *label,
          gboolean     ok_so_far,
          GError     **error)
{
  (void) label;
  if (!ok_so_far)
    {
      st_plan_rollback (self);
      return FALSE;
    }
  return st_plan_commit (self, error);
}

static gboolean
step_done (StPlan        *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      int extended = sqlite3_extended_errcode (self->db);

      if (extended == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                     _("That reference or name is already used in this plan; choose another"));
      else if (extended == SQLITE_CONSTRAINT_CHECK)
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                     _("That value is not allowed here (%s)"), sqlite3_errmsg (self->db));
      else if (extended == SQLITE_CONSTRAINT_NOTNULL)
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("A value is required here"));
      else if (extended == SQLITE_CONSTRAINT_FOREIGNKEY)
        g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                     _("That refers to something that is not in this plan"));
      else
        set_sqlite_error (error, self->db, rc, self->path, _("change"));
      return FALSE;
    }
  return TRUE;
}

/* Checks a value for a column before it reaches the file; may normalise it. */
static gboolean
validate_value (StRecord      *record,
                GParamSpec    *pspec,
                GValue        *value,
                GError       **error)
{
  const char *name = pspec->name;

  if (pspec->value_type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (value);
      gboolean single_line = g_str_equal (name, "ref") || g_str_equal (name, "number") ||
                             g_str_equal (name, "label") || g_str_equal (name, "letter") ||
                             g_str_equal (name, "code");

      if (!st_text_validate (text, !single_line, error))
        return FALSE;

      if (single_line || g_str_equal (name, "name") ||
          (ST_IS_PLAN_INFO (record) && g_str_equal (name, "title")))
        {
          g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

          if (*trimmed == '\0')
            {
              g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("This cannot be empty"));
              return FALSE;
            }
          g_value_set_string (value, trimmed);
        }

      if (g_str_equal (name, "target-month") || g_str_equal (name, "month"))
        {
          int month;

          if (text != NULL && *text != '\0')
            {
              if (!st_month_parse (text, &month))
                {
                  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                               _("“%s” is not a month; write it as “Jul 2022” or “2022-07”"), text);
                  return FALSE;
                }
              g_value_take_string (value, st_month_to_iso (month));
            }
          else
            g_value_set_string (value, NULL);
        }
      else if (g_str_equal (name, "end-date") || g_str_equal (name, "baseline-date"))
        {
          g_autoptr(GDate) date = g_date_new ();
          int y = 0, m = 0, d = 0;

          if (text == NULL || *text == '\0')
            {
              if (g_str_equal (name, "end-date"))
                {
                  g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("A period needs an end date"));
                  return FALSE;
                }
              g_value_set_string (value, NULL);
            }
          else if (sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
            {
              g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                           _("“%s” is not a date; write it as 2023-05-31"), text);
              return FALSE;
            }
        }
      else if (g_str_equal (name, "colour"))
        {
          if (text == NULL || strlen (text) != 7 || text[0] != '#' ||
              strspn (text + 1, "0123456789abcdefABCDEF") != 6)
            {
              g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                           _("“%s” is not a colour; write it as #RRGGBB"), text ? text : "");
              return FALSE;
            }
        }
    }
  else if (pspec->value_type == G_TYPE_DOUBLE)
    {
      double v = g_value_get_double (value);

      if (isinf (v))
        {
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("That number is too large"));
          return FALSE;
        }
      if (g_str_equal (name, "tolerance") && (isnan (v) || v < 0))
        {
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("A tolerance cannot be negative"));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * st_plan_set_value:
 * @record: a record of this plan
 * @column: the property name of a column ("target-month")
 * @value: its new value, of the column's type
 *
 * Changes one value, in one transaction and one undo step.
 */
gboolean
st_plan_set_value (StPlan        *self,
                   StRecord      *record,
                   const char    *column,
                   const GValue  *value,
                   GError       **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *column_name = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_auto(GValue) checked = G_VALUE_INIT;
  GParamSpec *pspec;
  gboolean ok;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (ST_IS_RECORD (record), FALSE);
  g_return_val_if_fail (column != NULL && value != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), column);
  g_return_val_if_fail (pspec != NULL && pspec->param_id > 0, FALSE);
  g_return_val_if_fail (G_VALUE_HOLDS (value, pspec->value_type), FALSE);

  g_value_init (&checked, pspec->value_type);
  g_value_copy (value, &checked);
  if (!validate_value (record, pspec, &checked, error))
    return FALSE;

  if (!st_plan_begin (self, NULL, error))
    return FALSE;

  column_name = st_record_column_name (pspec);
  sql = g_strdup_printf ("UPDATE \"%s\" SET \"%s\" = ? WHERE id = ?", st_record_get_table (record), column_name);
  ok = (stmt = prepare (self, sql, error)) != NULL;
  if (ok)
    {
      bind_value (stmt, 1, &checked);
      sqlite3_bind_int64 (stmt, 2, st_record_get_id (record));
      ok = step_done (self, stmt, error);
    }
  if (ok)
    st_record_take_value (record, pspec->param_id - 1, &checked, FALSE);

  if (!edit_run (self, column, ok, error))
    return FALSE;
  /* notify after the commit, so that views see the saved state */
  g_object_notify_by_pspec (G_OBJECT (record), pspec);
  return TRUE;
}

gboolean
st_plan_set_string (StPlan      *self,
                    StRecord    *record,
                    const char  *column,
                    const char  *value,
                    GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  return st_plan_set_value (self, record, column, &v, error);
}

gboolean
st_plan_set_int (StPlan      *self,
                 StRecord    *record,
                 const char  *column,
                 gint64       value,
                 GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  return st_plan_set_value (self, record, column, &v, error);
}

gboolean
st_plan_set_boolean (StPlan      *self,
                     StRecord    *record,
                     const char  *column,
                     gboolean     value,
                     GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  return st_plan_set_value (self, record, column, &v, error);
}

gboolean
st_plan_set_double (StPlan      *self,
                    StRecord    *record,
                    const char  *column,
                    double       value,
                    GError     **error)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  return st_plan_set_value (self, record, column, &v, error);
}

static GListStore *
siblings_store (StPlan   *self,
                GType     type,
                StRecord *parent)
{
  if (parent != NULL)
    return G_LIST_STORE (st_record_get_children (parent));
  return g_hash_table_lookup (self->lists, GSIZE_TO_POINTER (type));
}

static gboolean
shift_positions (StPlan    *self,
                 StRecord  *record_or_type_sample,
                 StRecord  *parent,
                 guint      from,
                 int        delta,
                 GError   **error)
{
  StRecordClass *klass = ST_RECORD_GET_CLASS (record_or_type_sample);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (klass->parent_column != NULL)
    sql = g_strdup_printf ("UPDATE \"%s\" SET position = position + ? WHERE position >= ? AND \"%s\" = ?",
                           klass->table, klass->parent_column);
  else
    sql = g_strdup_printf ("UPDATE \"%s\" SET position = position + ? WHERE position >= ?", klass->table);
  if (!(stmt = prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, delta);
  sqlite3_bind_int (stmt, 2, from);
  if (klass->parent_column != NULL)
    sqlite3_bind_int64 (stmt, 3, st_record_get_id (parent));
  return step_done (self, stmt, error);
}

/**
 * st_plan_insert:
 * @type: a record type with its own table (not %ST_TYPE_PLAN_INFO or statuses)
 * @parent: (nullable): the parent record, for sub-actions, actions and outcome items
 * @position: where among its siblings, or -1 for the end
 * @first_column: the first column's property name, followed by its value and
 *   more name/value pairs, %NULL-terminated, as for g_object_new() (int64
 *   columns take a #gint64, doubles a double)
 *
 * Returns: (transfer none): the new record, owned by the plan; %NULL on error
 */
StRecord *
st_plan_insert (StPlan      *self,
                GType        type,
                StRecord    *parent,
                int          position,
                GError     **error,
                const char  *first_column,
                ...)
{
  g_autoptr(StRecord) record = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  StRecordClass *klass;
  GListStore *store;
  guint n_columns, n_siblings;
  gboolean ok = TRUE;
  va_list args;

  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, ST_TYPE_RECORD), NULL);
  g_return_val_if_fail (type != ST_TYPE_PLAN_INFO && type != ST_TYPE_STATUS_INFO, NULL);

  va_start (args, first_column);
  record = (StRecord *) g_object_new_valist (type, first_column, args);
  va_end (args);

  klass = ST_RECORD_GET_CLASS (record);
  g_return_val_if_fail ((klass->parent_column != NULL) == (parent != NULL), NULL);

  n_columns = st_record_class_get_n_columns (klass);
  for (guint i = 0; i < n_columns; i++)
    {
      GParamSpec *pspec = st_record_class_get_column (klass, i);
      g_auto(GValue) v = G_VALUE_INIT;

      st_record_get_value (record, i, &v);
      if (!validate_value (record, pspec, &v, error))
        return NULL;
      st_record_take_value (record, i, &v, FALSE);
    }

  store = siblings_store (self, type, parent);
  n_siblings = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (position < 0 || (guint) position > n_siblings)
    position = n_siblings;

  if (!st_plan_begin (self, NULL, error))
    return NULL;

  ok = shift_positions (self, record, parent, position, 1, error);

  if (ok)
    {
      g_autofree char *columns = column_list (klass);

      sql = g_string_new (NULL);
      g_string_append_printf (sql, "INSERT INTO \"%s\" (%s, position%s%s%s) VALUES (", klass->table, columns,
                              parent ? ", \"" : "", parent ? klass->parent_column : "", parent ? "\"" : "");
      for (guint i = 0; i < n_columns + 1 + (parent ? 1 : 0); i++)
        g_string_append (sql, i ? ", ?" : "?");
      g_string_append (sql, ")");
      ok = (stmt = prepare (self, sql->str, error)) != NULL;
    }
  if (ok)
    {
      for (guint i = 0; i < n_columns; i++)
        bind_column (stmt, i + 1, record, i);
      sqlite3_bind_int (stmt, n_columns + 1, position);
      if (parent)
        sqlite3_bind_int64 (stmt, n_columns + 2, st_record_get_id (parent));
      ok = step_done (self, stmt, error);
    }
  if (ok)
    {
      st_record_set_id (record, sqlite3_last_insert_rowid (self->db));
      st_record_set_parent (record, parent);
      index_record (self->by_id, record);
    }

  if (!edit_run (self, NULL, ok, error))
    return NULL;

  g_list_store_insert (store, position, record);
  return record;   /* the store holds a reference */
}

static void
unindex_tree (StPlan   *self,
              StRecord *record)
{
  GHashTable *ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (G_OBJECT_TYPE (record)));
  GListModel *children = st_record_get_children (record);

  if (ids != NULL)
    {
      gint64 id = st_record_get_id (record);
      g_hash_table_remove (ids, &id);
    }
  if (children != NULL)
    for (guint i = 0; i < g_list_model_get_n_items (children); i++)
      {
        g_autoptr(StRecord) child = g_list_model_get_item (children, i);
        unindex_tree (self, child);
      }
}

/* Applies ON DELETE SET NULL and CASCADE to the model, as the file did. */
static void
forget_references (StPlan   *self,
                   StRecord *deleted)
{
  gint64 id = st_record_get_id (deleted);
  GHashTableIter iter;
  gpointer item;

  if (ST_IS_BOARD (deleted))
    {
      static const struct { GType (*type) (void); const char *column; } refs[] = {
        { st_board_get_type, "reports-to" },
        { st_strategy_get_type, "board-id" },
        { st_action_get_type, "lead-board-id" },
      };
      for (guint r = 0; r < G_N_ELEMENTS (refs); r++)
        {
          GHashTable *ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (refs[r].type ()));
          if (ids == NULL)
            continue;
          g_hash_table_iter_init (&iter, ids);
          while (g_hash_table_iter_next (&iter, NULL, &item))
            if (st_record_get_int (item, refs[r].column) == id)
              g_object_set (item, refs[r].column, (gint64) 0, NULL);
        }
    }
  else if (ST_IS_PERIOD (deleted))
    {
      GHashTable *ids = g_hash_table_lookup (self->by_id, GSIZE_TO_POINTER (ST_TYPE_ACTION));
      if (ids != NULL)
        {
          g_hash_table_iter_init (&iter, ids);
          while (g_hash_table_iter_next (&iter, NULL, &item))
            st_action_forget_period (item, id);
        }
    }
}

/**
 * st_plan_delete:
 *
 * Deletes @record and everything under it (an area's sub-actions, actions
 * and their ratings), in one undo step.
 */
gboolean
st_plan_delete (StPlan    *self,
                StRecord  *record,
                GError   **error)
{
  g_autoptr(StRecord) keep = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  StRecord *parent;
  GListStore *store;
  guint position;
  gboolean ok;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (ST_IS_RECORD (record), FALSE);
  g_return_val_if_fail (!ST_IS_PLAN_INFO (record) && !ST_IS_STATUS_INFO (record), FALSE);

  keep = g_object_ref (record);
  parent = st_record_get_parent (record);
  store = siblings_store (self, G_OBJECT_TYPE (record), parent);
  if (!g_list_store_find (store, record, &position))
    g_return_val_if_reached (FALSE);

  if (!st_plan_begin (self, NULL, error))
    return FALSE;

  sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?", st_record_get_table (record));
  ok = (stmt = prepare (self, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, st_record_get_id (record));
      ok = step_done (self, stmt, error);
    }
  if (ok)
    ok = shift_positions (self, record, parent, position + 1, -1, error);

  if (!edit_run (self, NULL, ok, error))
    return FALSE;

  g_list_store_remove (store, position);
  unindex_tree (self, record);
  forget_references (self, record);
  return TRUE;
}

/**
 * st_plan_move:
 *
 * Moves @record to @position among its siblings.
 */
gboolean
st_plan_move (StPlan    *self,
              StRecord  *record,
              guint      position,
              GError   **error)
{
  g_autoptr(StRecord) keep = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  StRecord *parent;
  GListStore *store;
  guint old, n;
  gboolean ok;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (ST_IS_RECORD (record), FALSE);

  keep = g_object_ref (record);
  parent = st_record_get_parent (record);
  store = siblings_store (self, G_OBJECT_TYPE (record), parent);
  if (!g_list_store_find (store, record, &old))
    g_return_val_if_reached (FALSE);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  position = MIN (position, n - 1);
  if (position == old)
    return TRUE;

  if (!st_plan_begin (self, NULL, error))
    return FALSE;

  /* Take it out (position -1), close the gap, open one, put it in. */
  sql = g_strdup_printf ("UPDATE \"%s\" SET position = -1 WHERE id = ?", st_record_get_table (record));
  ok = (stmt = prepare (self, sql, error)) != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, st_record_get_id (record));
      ok = step_done (self, stmt, error);
    }
  ok = ok && shift_positions (self, record, parent, old + 1, -1, error)
          && shift_positions (self, record, parent, position, 1, error);
  if (ok)
    {
      g_clear_pointer (&stmt, sqlite3_finalize);
      g_free (sql);
      sql = g_strdup_printf ("UPDATE \"%s\" SET position = ? WHERE id = ?", st_record_get_table (record));
      ok = (stmt = prepare (self, sql, error)) != NULL;
      if (ok)
        {
          sqlite3_bind_int (stmt, 1, position);
          sqlite3_bind_int64 (stmt, 2, st_record_get_id (record));
          ok = step_done (self, stmt, error);
        }
    }

  if (!edit_run (self, NULL, ok, error))
    return FALSE;

  g_list_store_remove (store, old);
  g_list_store_insert (store, position, record);
  return TRUE;
}

/**
 * st_plan_set_rating:
 * @status: the rating, or %ST_STATUS_NONE to remove it
 * @commentary: (nullable): commentary for the period
 */
gboolean
st_plan_set_rating (StPlan      *self,
                    StAction    *action,
                    StPeriod    *period,
                    StStatus     status,
                    const char  *commentary,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 period_id;
  gboolean ok;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (ST_IS_ACTION (action), FALSE);

  /* The period object itself, not only its id: a period of another plan (or
   * one deleted since) may share an id with one of this plan. */
  if (period == NULL || !ST_IS_PERIOD (period) ||
      st_plan_lookup (self, ST_TYPE_PERIOD, st_record_get_id (ST_RECORD (period))) != ST_RECORD (period))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("That reporting period is not in this plan; add it first"));
      return FALSE;
    }
  if ((guint) status > ST_STATUS_NONE)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("That is not a rating"));
      return FALSE;
    }
  if (!st_text_validate (commentary, TRUE, error))
    return FALSE;

  period_id = st_record_get_id (ST_RECORD (period));
  if (!st_plan_begin (self, NULL, error))
    return FALSE;

  if (status == ST_STATUS_NONE)
    stmt = prepare (self, "DELETE FROM rating WHERE action_id = ?1 AND period_id = ?2", error);
  else
    stmt = prepare (self, "INSERT INTO rating (action_id, period_id, status, commentary) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (action_id, period_id) DO UPDATE SET status = ?3, commentary = ?4", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, st_record_get_id (ST_RECORD (action)));
      sqlite3_bind_int64 (stmt, 2, period_id);
      if (status != ST_STATUS_NONE)
        {
          sqlite3_bind_text (stmt, 3, st_status_to_code (status), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, commentary ? commentary : "", -1, SQLITE_TRANSIENT);
        }
      ok = step_done (self, stmt, error);
    }
  if (ok)
    st_action_store_rating (action, period_id, status, commentary, FALSE);

  if (!edit_run (self, NULL, ok, error))
    return FALSE;
  g_signal_emit_by_name (action, "ratings-changed");
  return TRUE;
}

/**
 * st_plan_set_measure_value:
 * @month: the month (see st_month_make())
 * @value: the value, or NAN to remove it
 * @note: (nullable): a note on the value
 *
 * Stores a monthly value with the measure's current target, tolerance and
 * polarity, which stay with the value when the measure changes later.
 */
gboolean
st_plan_set_measure_value (StPlan      *self,
                           StMeasure   *measure,
                           int          month,
                           double       value,
                           const char  *note,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *iso = NULL;
  StMeasureValue v = { 0 };
  gboolean ok;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (ST_IS_MEASURE (measure), FALSE);

  if (month == ST_MONTH_NONE || (iso = st_month_to_iso (month)) == NULL)
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("That is not a month"));
      return FALSE;
    }
  if (isinf (value))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID, _("That number is too large"));
      return FALSE;
    }
  if (!isnan (value) && g_strcmp0 (st_record_get_string (ST_RECORD (measure), "unit"), "percent") == 0 &&
      (value < 0 || value > 100))
    {
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_INVALID,
                   _("%g is not a percentage; enter a value from 0 to 100"), value);
      return FALSE;
    }
  if (!st_text_validate (note, TRUE, error))
    return FALSE;

  v.month = month;
  v.value = value;
  v.target = st_record_get_double (ST_RECORD (measure), "target");
  v.tolerance = st_record_get_double (ST_RECORD (measure), "tolerance");
  v.tolerance_kind = st_measure_get_tolerance_kind (measure);
  v.polarity = st_measure_get_polarity (measure);
  v.note = (char *) (note ? note : "");

  if (!st_plan_begin (self, NULL, error))
    return FALSE;

  if (isnan (value))
    stmt = prepare (self, "DELETE FROM measure_value WHERE measure_id = ?1 AND month = ?2", error);
  else
    stmt = prepare (self, "INSERT OR REPLACE INTO measure_value "
                          "(measure_id, month, value, target, tolerance, tolerance_kind, polarity, note) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, st_record_get_id (ST_RECORD (measure)));
      sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_STATIC);
      if (!isnan (value))
        {
          sqlite3_bind_double (stmt, 3, value);
          if (isnan (v.target))
            sqlite3_bind_null (stmt, 4);
          else
            sqlite3_bind_double (stmt, 4, v.target);
          sqlite3_bind_double (stmt, 5, isnan (v.tolerance) ? 0 : v.tolerance);
          sqlite3_bind_text (stmt, 6, st_tolerance_kind_to_code (v.tolerance_kind), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 7, st_polarity_to_code (v.polarity), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 8, v.note, -1, SQLITE_STATIC);
        }
      ok = step_done (self, stmt, error);
    }

  if (!edit_run (self, NULL, ok, error))
    return FALSE;

  if (isnan (value))
    st_measure_forget_value (measure, month);
  else
    st_measure_store_value (measure, &v, TRUE);
  return TRUE;
}

/* Undo and redo --------------------------------------------------------- */

gboolean
st_plan_can_undo (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  return !self->read_only && self->undo->len > 0;
}

gboolean
st_plan_can_redo (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  return !self->read_only && self->redo->len > 0;
}

const char *
st_plan_get_undo_label (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return ((UndoStep *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
st_plan_get_redo_label (StPlan *self)
{
  g_return_val_if_fail (ST_IS_PLAN (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return ((UndoStep *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

static int
conflict_cb (void                 *data,
             int                   conflict,
             sqlite3_changeset_iter *iter)
{
  const char *table = NULL;
  int n_columns = 0, op = 0, indirect = 0;

  sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
  /* A row that a cascade already deleted is gone, as the step wants. */
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;
  return SQLITE_CHANGESET_ABORT;
}

static gboolean
apply_step (StPlan     *self,
            GPtrArray  *from,
            GPtrArray  *to,
            gboolean    invert,
            GError    **error)
{
  UndoStep *step;
  void *changeset = NULL;
  int size = 0, rc;

  if (!check_writable (self, error))
    return FALSE;
  if (from->len == 0)
    return TRUE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  if (invert)
    {
      if (sqlite3changeset_invert (step->size, step->changeset, &size, &changeset) != SQLITE_OK)
        {
          g_ptr_array_add (from, step);
          g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED, _("Could not undo the change"));
          return FALSE;
        }
    }

  /* The changeset lists every row the edit touched, cascaded ones included,
   * so it needs no cascades of its own: with foreign keys on, undoing the
   * insertion of a sub-action would silently delete the actions another
   * program added under it since. Apply without them, then refuse the step
   * if it leaves a reference dangling. */
  sqlite3_exec (self->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  rc = sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3changeset_apply (self->db, invert ? size : step->size, invert ? changeset : step->changeset,
                                   NULL, conflict_cb, self);
      if (rc == SQLITE_OK)
        {
          sqlite3_stmt *check = NULL;

          rc = sqlite3_prepare_v2 (self->db, "PRAGMA foreign_key_check", -1, &check, NULL);
          if (rc == SQLITE_OK)
            {
              int step_rc = sqlite3_step (check);
              rc = step_rc == SQLITE_ROW ? SQLITE_CONSTRAINT : step_rc == SQLITE_DONE ? SQLITE_OK : step_rc;
            }
          sqlite3_finalize (check);
        }
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }
  sqlite3_exec (self->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  sqlite3_free (changeset);

  if (rc == SQLITE_ABORT || rc == SQLITE_CONSTRAINT)
    {
      /* The file changed under this step (another program edited it): drop it. */
      undo_step_free (step);
      g_ptr_array_set_size (from, 0);
      notify_undo_state (self);
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_CONFLICT,
                   _("The change cannot be undone or redone because the plan was changed since, perhaps by another program"));
      /* Show what the file holds now, the other program's change included. */
      if (load (self, NULL))
        g_signal_emit (self, signals[RELOADED], 0);
      g_signal_emit (self, signals[CHANGED], 0);
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      g_ptr_array_add (from, step);
      set_sqlite_error (error, self->db, rc, self->path, invert ? _("undo the change in") : _("redo the change in"));
      return FALSE;
    }

  g_ptr_array_add (to, step);
  notify_undo_state (self);

  if (!load (self, error))
    return FALSE;
  g_signal_emit (self, signals[RELOADED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
st_plan_undo (StPlan  *self,
              GError **error)
{
  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->edit_depth == 0, FALSE);
  return apply_step (self, self->undo, self->redo, TRUE, error);
}

gboolean
st_plan_redo (StPlan  *self,
              GError **error)
{
  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->edit_depth == 0, FALSE);
  return apply_step (self, self->redo, self->undo, FALSE, error);
}

/* Changes by other programs ------------------------------------------------ */

gboolean
st_plan_reload (StPlan  *self,
                GError **error)
{
  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);
  g_return_val_if_fail (self->edit_depth == 0, FALSE);

  if (!load (self, error))
    return FALSE;
  g_signal_emit (self, signals[RELOADED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * st_plan_check_for_changes:
 * @reloaded: (out) (optional): whether the model was reloaded
 *
 * Reloads the model if another program changed the file since it was last
 * read (PRAGMA data_version). Cheap enough to call on a timer.
 */
gboolean
st_plan_check_for_changes (StPlan    *self,
                           gboolean  *reloaded,
                           GError   **error)
{
  gint64 version;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);

  if (reloaded)
    *reloaded = FALSE;
  if (self->edit_depth > 0)
    return TRUE;
  if (!(stmt = prepare (self, "PRAGMA data_version", error)))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("read"));
      return FALSE;
    }
  version = sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (version == self->data_version)
    return TRUE;

  if (!st_plan_reload (self, error))
    return FALSE;
  if (reloaded)
    *reloaded = TRUE;
  return TRUE;
}

/**
 * st_plan_check_integrity:
 *
 * Runs SQLite's integrity and foreign key checks and the plan's own rules.
 *
 * Returns: (transfer full) (element-type utf8): the problems found, empty
 *   when the plan is sound; %NULL if the checks could not run
 */
GPtrArray *
st_plan_check_integrity (StPlan  *self,
                         GError **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (ST_IS_PLAN (self), NULL);

  if (!(stmt = prepare (self, "PRAGMA integrity_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup (line));
    }
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (error, self->db, rc, self->path, _("check"));
      return NULL;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = prepare (self, "PRAGMA foreign_key_check", error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (problems, g_strdup_printf (_("Row %lld of table “%s” refers to a missing row of “%s”"),
                                                (long long) sqlite3_column_int64 (stmt, 1),
                                                sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 2)));
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The plan's own rules: every status of the rating scale is present */
  for (guint i = 0; i < ST_N_STATUSES; i++)
    if (st_plan_get_status_info (self, i) == NULL)
      g_ptr_array_add (problems, g_strdup_printf (_("The rating scale has no “%s” status"),
                                                  st_status_to_code (i)));

  return g_steal_pointer (&problems);
}

/**
 * st_plan_save_copy:
 * @path: where the copy goes; replaced if it exists
 *
 * Writes a consistent copy of the plan with SQLite's backup API, to a
 * temporary file renamed into place only when complete.
 */
gboolean
st_plan_save_copy (StPlan      *self,
                   const char  *path,
                   GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp = g_build_filename (dir, template, NULL);
  sqlite3 *copy = NULL;
  sqlite3_backup *backup;
  int fd, rc;

  g_return_val_if_fail (ST_IS_PLAN (self), FALSE);

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("Could not save a copy as “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &copy, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (copy, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (copy);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, copy, rc, path, _("save a copy as"));
      sqlite3_close (copy);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (copy);

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, ST_PLAN_ERROR, ST_PLAN_ERROR_FAILED,
                   _("Could not save a copy as “%s”: %s"), name, g_strerror (saved));
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

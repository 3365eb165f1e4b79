/* st-text-pool.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "st-text-pool"

#include "config.h"

#include <string.h>

#include "st-text-pool.h"

#define FIRST_BLOCK   (64 * 1024)
#define LARGEST_BLOCK (1024 * 1024)
/* Texts up to this length are kept once: the ones that repeat are short. */
#define SHARED_MAX    256

typedef struct
{
  char  *start;
  gsize  size;
} Block;

/* The short texts of the load so far, by hash: open addressing, linear
 * probing. GHashTable with g_str_hash() hashed each text twice (lookup, then
 * add) a byte at a time, which cost more than the allocations it saved. */
typedef struct
{
  const char *text;
  guint32     hash;
  guint32     len;
} Slot;

struct _StTextPool
{
  GArray     *blocks;     /* Block */
  gsize       used;       /* in the last block */
  gsize       next_size;
  Slot       *slots;      /* while loading; NULL after */
  guint       n_slots;    /* a power of two */
  guint       n_shared;
};

static void
pool_clear (gpointer data)
{
  StTextPool *self = data;

  for (guint i = 0; i < self->blocks->len; i++)
    g_free (g_array_index (self->blocks, Block, i).start);
  g_array_unref (self->blocks);
  g_clear_pointer (&self->slots, g_free);
}

StTextPool *
st_text_pool_new (void)
{
  StTextPool *self = g_atomic_rc_box_new0 (StTextPool);

  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  self->next_size = FIRST_BLOCK;
  self->n_slots = 1024;
  self->slots = g_new0 (Slot, self->n_slots);
  return self;
}

StTextPool *
st_text_pool_ref (StTextPool *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
st_text_pool_unref (StTextPool *self)
{
  g_atomic_rc_box_release_full (self, pool_clear);
}

static char *
pool_alloc (StTextPool *self,
            gsize       size)
{
  Block *last = self->blocks->len ? &g_array_index (self->blocks, Block, self->blocks->len - 1) : NULL;
  char *p;

  if (last == NULL || last->size - self->used < size)
    {
      Block block;

      block.size = MAX (self->next_size, size);
      block.start = g_malloc (block.size);
      g_array_append_val (self->blocks, block);
      last = &g_array_index (self->blocks, Block, self->blocks->len - 1);
      self->used = 0;
      self->next_size = MIN (self->next_size * 2, LARGEST_BLOCK);
    }
  p = last->start + self->used;
  self->used += size;
  return p;
}

/* A hash of @len bytes, eight at a time */
static guint32
hash_text (const char *text,
           gsize       len)
{
  guint64 h = len * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w;

      memcpy (&w, text + i, 8);
      h = (h ^ w) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
      h ^= h >> 31;
    }
  if (i < len)
    {
      guint64 w = 0;

      memcpy (&w, text + i, len - i);
      h = (h ^ w) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
      h ^= h >> 29;
    }
  return (guint32) (h ^ (h >> 32));
}

static void
grow_slots (StTextPool *self)
{
  Slot *old = self->slots;
  guint n_old = self->n_slots;

  self->n_slots *= 2;
  self->slots = g_new0 (Slot, self->n_slots);
  for (guint i = 0; i < n_old; i++)
    if (old[i].text != NULL)
      {
        guint j = old[i].hash & (self->n_slots - 1);

        while (self->slots[j].text != NULL)
          j = (j + 1) & (self->n_slots - 1);
        self->slots[j] = old[i];
      }
  g_free (old);
}

/* Returns: (transfer none): @text in the pool, valid as long as the pool; a
 * short text added before during this load is the same pointer. */
const char *
st_text_pool_add (StTextPool *self,
                  const char *text)
{
  gsize len = strlen (text);
  Slot *slot = NULL;
  guint32 hash = 0;
  char *copy;

  if (self->slots != NULL && len <= SHARED_MAX)
    {
      guint mask = self->n_slots - 1;
      guint i;

      hash = hash_text (text, len);
      for (i = hash & mask; self->slots[i].text != NULL; i = (i + 1) & mask)
        if (self->slots[i].hash == hash && self->slots[i].len == len &&
            memcmp (self->slots[i].text, text, len) == 0)
          return self->slots[i].text;
      slot = &self->slots[i];
    }
  copy = pool_alloc (self, len + 1);
  memcpy (copy, text, len + 1);
  if (slot != NULL)
    {
      *slot = (Slot) { copy, hash, (guint32) len };
      if (++self->n_shared > self->n_slots / 2)
        grow_slots (self);
    }
  return copy;
}

/* The load is over: no more sharing, and the memory for it goes. */
void
st_text_pool_end_load (StTextPool *self)
{
  g_clear_pointer (&self->slots, g_free);
  self->n_shared = 0;
}

/* Whether @text lies in one of the pool's blocks. */
gboolean
st_text_pool_contains (StTextPool *self,
                       const char *text)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = &g_array_index (self->blocks, Block, i);

      if ((guintptr) text >= (guintptr) block->start &&
          (guintptr) text < (guintptr) block->start + block->size)
        return TRUE;
    }
  return FALSE;
}

/* The bytes of the pool's blocks */
gsize
st_text_pool_get_size (StTextPool *self)
{
  gsize size = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    size += g_array_index (self->blocks, Block, i).size;
  return size;
}

/** The user's server: the database's address and the CouchDB user sync signs in as. */
export interface Remote {
  url: string;
  username: string;
  password: string;
}
